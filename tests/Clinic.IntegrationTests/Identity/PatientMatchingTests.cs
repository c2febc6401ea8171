using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Features.Patients.CreatePatient;
using Clinic.Identity.Features.Patients.ListPossibleDuplicates;
using Clinic.Identity.Features.Patients.MergePatients;
using Clinic.IntegrationTests.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Identity;

public sealed class PatientMatchingTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers().WithFakeClock(Now);
    private readonly IdentityApi api;
    private readonly HttpClient front;

    public PatientMatchingTests()
    {
        api = new IdentityApi(factory);
        front = factory.CreateClientAs(ClinicRoles.FrontDesk);
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_an_email_on_file_When_a_booking_ensures_the_profile_Then_it_goes_to_that_profile_whatever_the_case_or_name()
    {
        var first = await api.SendAsync(new EnsurePatientProfile("Ana", "Torres", "ana@example.com", null, "es"));
        var second = await api.SendAsync(new EnsurePatientProfile("Anita", "T.", "  ANA@Example.COM ", "+34 600 123 456", "en"));

        first.IsNew.ShouldBeTrue();
        second.IsNew.ShouldBeFalse();
        var onFile = new PatientContactDetails(first.PatientId, "Ana", "Torres", "Ana Torres", "ana@example.com", "+34600123456", "es");
        second.Contact.ShouldBe(onFile, "the profile on file answers, its blank phone filled by the booking");
        (await api.SendAsync(new GetPatientContact(first.PatientId))).ShouldBe(onFile);
        (await api.QueryAsync(db => db.Patients.SingleAsync())).Source.ShouldBe(PatientSource.Booking);
    }

    [Fact]
    public async Task Given_a_new_booking_with_a_known_phone_When_the_profile_is_created_Then_staff_see_it_as_a_likely_duplicate()
    {
        var existing = await api.SendAsync(new EnsurePatientProfile("Ana", "Torres", "ana@example.com", "+34 600 123 456", "es"));
        var newer = await api.SendAsync(new EnsurePatientProfile("Ana", "Torres Ruiz", "ana.work@example.com", "600123456", "es"));

        var duplicates = await (await front.GetAsync("/api/admin/patients/duplicates")).ShouldBeJsonAsync<List<PossibleDuplicateResponse>>();

        newer.IsNew.ShouldBeTrue("a different email is a different profile until staff merge it");
        var pair = duplicates.ShouldHaveSingleItem();
        pair.Reason.ShouldBe(DuplicateReason.SamePhone);
        pair.Patient.Profile.Id.ShouldBe(newer.PatientId);
        pair.DuplicateOf.Profile.Id.ShouldBe(existing.PatientId);
    }

    [Fact]
    public async Task Given_a_profile_with_the_same_name_and_birth_date_When_staff_create_another_Then_it_is_flagged()
    {
        await front.PostAsJsonAsync("/api/admin/patients", new CreatePatient("José", "Pérez", null, null, new DateOnly(1980, 3, 4), null, "es", false));

        var created = await (await front.PostAsJsonAsync("/api/admin/patients",
            new CreatePatient("jose", "PEREZ ", "jose@example.com", null, new DateOnly(1980, 3, 4), null, "es", false))).ShouldBeJsonAsync<PatientRecord>(HttpStatusCode.Created);
        await front.PostAsJsonAsync("/api/admin/patients", new CreatePatient("José", "Pérez", null, null, new DateOnly(1981, 3, 4), null, "es", false));

        var duplicates = await (await front.GetAsync("/api/admin/patients/duplicates")).ShouldBeJsonAsync<List<PossibleDuplicateResponse>>();
        duplicates.ShouldHaveSingleItem().Reason.ShouldBe(DuplicateReason.SameNameAndBirthDate);
        duplicates.Single().Patient.Profile.Id.ShouldBe(created.Profile.Id);
        created.Source.ShouldBe(PatientSource.Staff);
    }

    [Fact]
    public async Task Given_a_duplicate_pair_When_staff_merge_them_Then_references_move_the_email_still_leads_to_the_kept_profile_and_the_account_follows()
    {
        var kept = await api.SendAsync(new EnsurePatientProfile("Ana", "Torres", "ana@example.com", "+34 600 123 456", "es"));
        var duplicateBrowser = await api.RegisteredPatientAsync("ana.work@example.com", firstName: "Ana", lastName: "Torres", phone: "+34 600 123 456");
        var duplicateId = (await (await duplicateBrowser.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>()).PatientId!.Value;

        var merged = await (await front.PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(kept.PatientId, duplicateId))).ShouldBeJsonAsync<PatientRecord>();

        merged.Profile.Id.ShouldBe(kept.PatientId);
        merged.Profile.BirthDate.ShouldBe(new DateOnly(1990, 5, 17), "the kept profile gains what it lacked");
        merged.HasAccount.ShouldBeTrue("the only account moved to the kept profile");
        var mergedEvent = (await api.EventsAsync<PatientsMerged>()).ShouldHaveSingleItem();
        (mergedEvent.SurvivingPatientId, mergedEvent.MergedPatientId).ShouldBe((kept.PatientId, duplicateId));
        (await (await front.GetAsync("/api/admin/patients/duplicates")).ShouldBeJsonAsync<List<PossibleDuplicateResponse>>()).ShouldBeEmpty();
        var byMergedEmail = await api.SendAsync(new EnsurePatientProfile("Ana", "T", "ana.work@example.com", null, "es"));
        (byMergedEmail.PatientId, byMergedEmail.IsNew, byMergedEmail.Contact.FullName).ShouldBe((kept.PatientId, false, "Ana Torres"));
        (await api.SendAsync(new GetPatientContact(duplicateId))).PatientId.ShouldBe(kept.PatientId);
        (await (await front.GetAsync($"/api/admin/patients/{duplicateId}")).ShouldBeJsonAsync<PatientRecord>()).MergedIntoId.ShouldBe(kept.PatientId);
        (await (await front.GetAsync("/api/admin/patients")).ShouldBeJsonAsync<List<PatientRecord>>()).Select(p => p.Profile.Id).ShouldBe([kept.PatientId]);

        factory.Clock!.Advance(TimeSpan.FromMinutes(2));
        (await (await duplicateBrowser.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>()).PatientId.ShouldBe(kept.PatientId,
            "open sessions pick up the kept profile");
    }

    [Fact]
    public async Task Given_both_profiles_have_accounts_When_merged_Then_the_merged_profiles_account_is_closed()
    {
        await api.RegisteredPatientAsync("ana@example.com", firstName: "Ana", lastName: "Torres", phone: "+34 600 123 456");
        await api.RegisteredPatientAsync("ana.work@example.com", firstName: "Ana", lastName: "Torres", phone: "+34 600 123 456");
        var pair = (await (await front.GetAsync("/api/admin/patients/duplicates")).ShouldBeJsonAsync<List<PossibleDuplicateResponse>>()).Single();

        (await front.PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(pair.DuplicateOf.Profile.Id, pair.Patient.Profile.Id)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "ana@example.com")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "ana.work@example.com")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_bad_merge_requests_When_sent_Then_400_404_or_409_and_nothing_changes()
    {
        var a = await api.SendAsync(new EnsurePatientProfile("Ana", "Torres", "ana@example.com", null, "es"));
        var b = await api.SendAsync(new EnsurePatientProfile("Bea", "Torres", "bea@example.com", null, "es"));
        var c = await api.SendAsync(new EnsurePatientProfile("Cris", "Torres", "cris@example.com", null, "es"));
        (await front.PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(a.PatientId, b.PatientId))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await front.PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(a.PatientId, a.PatientId))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await front.PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(a.PatientId, Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await front.PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(c.PatientId, b.PatientId))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await factory.CreateClientAs(ClinicRoles.Provider).PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(a.PatientId, c.PatientId)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await api.EventsAsync<PatientsMerged>()).Count.ShouldBe(1);
        (await api.QueryAsync(db => db.Patients.CountAsync(p => p.MergedIntoId != null))).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_flagged_pair_of_different_people_When_staff_dismiss_it_Then_it_is_no_longer_listed()
    {
        await api.SendAsync(new EnsurePatientProfile("Ana", "Torres", "ana@example.com", "+34 600 123 456", "es"));
        await api.SendAsync(new EnsurePatientProfile("Luis", "Torres", "luis@example.com", "+34 600 123 456", "es"));
        var pair = (await (await front.GetAsync("/api/admin/patients/duplicates")).ShouldBeJsonAsync<List<PossibleDuplicateResponse>>()).Single();

        (await front.PostAsync($"/api/admin/patients/duplicates/{pair.Id}/dismiss", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await front.GetAsync("/api/admin/patients/duplicates")).ShouldBeJsonAsync<List<PossibleDuplicateResponse>>()).ShouldBeEmpty();
        (await front.PostAsync($"/api/admin/patients/duplicates/{pair.Id}/dismiss", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_staff_When_creating_a_patient_with_an_email_on_file_Then_409_and_searching_finds_by_name_email_or_phone()
    {
        var maria = await (await front.PostAsJsonAsync("/api/admin/patients", new CreatePatient("María", "López", "maria@example.com", "+34 655 444 333", null, null, "es", false)))
            .ShouldBeJsonAsync<PatientRecord>(HttpStatusCode.Created);
        await front.PostAsJsonAsync("/api/admin/patients", new CreatePatient("Pedro", "Gil", null, null, null, null, "es", false));

        var conflict = await (await front.PostAsJsonAsync("/api/admin/patients", new CreatePatient("Otra", "María", "MARIA@example.com", null, null, null, "es", false)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        conflict.Extensions["existingPatientId"]!.ToString().ShouldBe(maria.Profile.Id.ToString(), "staff are offered the profile that has the email");
        async Task<IEnumerable<string>> Search(string text) =>
            (await (await front.GetAsync($"/api/admin/patients?search={Uri.EscapeDataString(text)}")).ShouldBeJsonAsync<List<PatientRecord>>()).Select(p => p.Profile.LastName);
        (await Search("maria lopez")).ShouldBe(["López"]);
        (await Search("maria@")).ShouldBe(["López"]);
        (await Search("655 44")).ShouldBe(["López"]);
        (await Search("gil")).ShouldBe(["Gil"]);
    }

    [Fact]
    public async Task Given_an_invalid_booking_contact_When_ensuring_a_profile_Then_validation_fails_and_nothing_is_created()
    {
        var failure = await Should.ThrowAsync<ValidationException>(() => api.SendAsync(new EnsurePatientProfile("", "Torres", "no-email", "12", "xx")));

        failure.Errors.Select(e => e.PropertyName).ShouldBe(["FirstName", "Email", "Phone", "Language"], ignoreOrder: true);
        (await api.QueryAsync(db => db.Patients.AnyAsync())).ShouldBeFalse();
    }
}
