using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.MedicalHistory;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Builder;
using Clinic.Forms.Features.Documents.GetPatientAuditLog;
using Clinic.Forms.Features.Documents.GetPatientDocuments;
using Clinic.Forms.Features.Documents.UpdatePatientMedicalHistory;
using Clinic.Forms.Features.Portal.SubmitMyAnswers;
using Clinic.Forms.Features.Portal.UpdateMyMedicalHistory;
using Clinic.Identity.Features.Patients.MergePatients;
using Clinic.IntegrationTests.Booking;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Contracts.Catalog;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Forms;

/// <summary>The medical history (PP7): versions with who and when, conflicts, bad input; merged profiles; the demo clinic's forms.</summary>
public sealed class MedicalHistoryTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().With("Outbox:RunDispatchers", "false").With("Notifications:Delivery:RunSender", "false");
    private FormsScenario forms = null!;
    private HttpClient lucia = null!;
    private Guid luciaId;

    public async Task InitializeAsync()
    {
        forms = await FormsScenario.CreateAsync(factory);
        lucia = await forms.PatientAsync("lucia@example.com", "Lucía", "Moreno");
        luciaId = await FormsScenario.PatientIdOfAsync(lucia);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private static MedicalHistoryData Mine => MedicalHistoryData.Empty with
    {
        Allergies = new YesNoDetail(true, "Penicilina"),
        Medications = new YesNoDetail(true, "Anticonceptivo oral"),
        Conditions = [MedicalCondition.ColdSores],
        Pregnancy = PregnancyStatus.No,
        SkinType = FitzpatrickSkinType.III,
    };

    [Fact]
    public async Task Given_the_patient_and_then_a_provider_edit_the_history_When_it_is_read_Then_each_version_says_who_changed_what_and_when()
    {
        var empty = await (await lucia.GetAsync("/api/portal/medical-history")).ShouldBeJsonAsync<MedicalHistoryView>();
        empty.RecordId.ShouldBeNull();
        empty.History.ShouldBeEmpty();

        var first = await (await lucia.PutAsJsonAsync("/api/portal/medical-history", new UpdateMyMedicalHistory(Mine, null))).ShouldBeJsonAsync<MedicalHistoryView>();
        factory.Clock!.Advance(TimeSpan.FromHours(2));
        var provider = factory.CreateClientAs(ClinicRoles.Provider);
        var second = await (await provider.PutAsJsonAsync($"/api/admin/patients/{luciaId}/medical-history",
            new UpdatePatientMedicalHistory(first.Data with { Medications = new YesNoDetail(false, null), Smoker = false }, first.RecordId))).ShouldBeJsonAsync<MedicalHistoryView>();
        await FormsScenario.SignInAgainAsync(lucia, "lucia@example.com");
        var seen = await (await lucia.GetAsync("/api/portal/medical-history")).ShouldBeJsonAsync<MedicalHistoryView>();

        seen.RecordId.ShouldBe(second.RecordId);
        seen.Data.Medications.ShouldBe(new YesNoDetail(false, null));
        seen.RecordedBy.ShouldBe("Test Staff");
        seen.History.Select(h => (h.RecordedByKind, h.RecordedAt)).ShouldBe(
            [(ActorKind.Staff, factory.Clock.GetUtcNow()), (ActorKind.Patient, factory.Clock.GetUtcNow().AddHours(-2))]);
        seen.History[0].Changes.Select(c => (c.Field, c.Before, c.After)).ShouldBe(
            [("medications", "yes", "no"), ("medications.details", "Anticonceptivo oral", null), ("smoker", null, "no")]);
        seen.History[1].Changes.Select(c => c.Field).ShouldBe(["allergies", "allergies.details", "medications", "medications.details", "conditions", "pregnancy", "skinType"]);
    }

    [Fact]
    public async Task Given_a_history_changed_elsewhere_When_the_patient_saves_an_older_copy_Then_409_and_nothing_is_overwritten()
    {
        var first = await (await lucia.PutAsJsonAsync("/api/portal/medical-history", new UpdateMyMedicalHistory(Mine, null))).ShouldBeJsonAsync<MedicalHistoryView>();
        await (await lucia.PutAsJsonAsync("/api/portal/medical-history", new UpdateMyMedicalHistory(Mine with { Smoker = true }, first.RecordId))).ShouldBeJsonAsync<MedicalHistoryView>();

        var stale = await (await lucia.PutAsJsonAsync("/api/portal/medical-history", new UpdateMyMedicalHistory(Mine with { Smoker = false }, first.RecordId)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var fresh = await (await lucia.PutAsJsonAsync("/api/portal/medical-history", new UpdateMyMedicalHistory(Mine, null))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        stale.Extensions["reason"]!.ToString().ShouldBe("staleVersion");
        fresh.Extensions["reason"]!.ToString().ShouldBe("staleVersion");
        (await (await lucia.GetAsync("/api/portal/medical-history")).ShouldBeJsonAsync<MedicalHistoryView>()).Data.Smoker.ShouldBe(true);
    }

    [Fact]
    public async Task Given_malformed_or_oversized_history_When_saved_Then_400_names_the_field_and_no_version_is_made()
    {
        var tooLong = await (await lucia.PutAsJsonAsync("/api/portal/medical-history",
            new UpdateMyMedicalHistory(Mine with { Notes = new string('x', 4001), Allergies = new YesNoDetail(true, new string('y', 2001)) }, null))).ShouldBeValidationProblemAsync();
        var badEnum = await lucia.PutAsync("/api/portal/medical-history", new StringContent(
            "{\"data\":{\"allergies\":{\"answer\":null},\"medications\":{\"answer\":null},\"conditions\":[\"Vampirism\"],\"previousAestheticTreatments\":{\"answer\":null},\"previousReactions\":{\"answer\":null}}}",
            System.Text.Encoding.UTF8, "application/json"));
        var noData = await (await lucia.PutAsJsonAsync("/api/portal/medical-history", new { basedOnRecordId = (Guid?)null })).ShouldBeValidationProblemAsync();

        tooLong.Errors.Keys.ShouldBe(["data.allergies.details", "data.notes"], ignoreOrder: true);
        badEnum.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noData.Errors.ShouldContainKey("data");
        (await forms.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.MedicalHistoryRecords))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_forms_answered_under_a_duplicate_profile_When_staff_merge_it_into_the_patients_own_Then_they_show_in_her_portal_documents_and_audit_log()
    {
        var guest = factory.CreateBrowserClient();
        var flow = new BookingFlow(forms.Clinic);
        var hold = await flow.HoldAsync(guest, FormsScenario.VisitStart(), forms.Clinic.Ana, forms.Clinic.ServiceA);
        var booked = await (await BookingFlow.ConfirmAsync(guest, BookingFlow.Booking(hold, BookingFlow.Guest("lucia.trabajo@example.com"), await flow.VerifyPhoneAsync(guest))))
            .ShouldBeJsonAsync<BookingConfirmation>();
        await forms.DeliverEventsAsync();
        var assisted = await (await forms.Admin.GetAsync($"/api/admin/patients/{booked.PatientId}/documents")).ShouldBeJsonAsync<PatientDocuments>();
        var request = assisted.Visits.Single().Requests.Single();
        await (await forms.Admin.PostAsJsonAsync($"/api/admin/forms/requests/{request.Id}/answers",
            new SubmitMyAnswers(request.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>();

        (await factory.CreateClientAs(ClinicRoles.FrontDesk).PostAsJsonAsync("/api/admin/patients/merge", new MergePatients(luciaId, booked.PatientId)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await forms.DeliverEventsAsync();

        var mine = await FormsScenario.MyFormsAsync(lucia);
        mine.ActionRequired.Single().Requests.Single().SubmissionId.ShouldNotBeNull();
        var documents = await (await forms.Admin.GetAsync($"/api/admin/patients/{luciaId}/documents")).ShouldBeJsonAsync<PatientDocuments>();
        documents.Visits.Single().Visit.AppointmentId.ShouldBe(booked.Appointments.Single().AppointmentId);
        var log = await (await forms.Admin.GetAsync($"/api/admin/patients/{luciaId}/audit")).ShouldBeJsonAsync<AuditLogPage>();
        log.Entries.Select(e => e.Action).ShouldBe([AuditAction.PatientsMerged, AuditAction.Submitted], ignoreOrder: true, "the frozen clock gives both the same instant");
        log.Entries.Single(e => e.Action == AuditAction.PatientsMerged).ActorKind.ShouldBe(ActorKind.System);
        (await lucia.GetAsync($"/api/portal/forms/submissions/{mine.ActionRequired.Single().Requests.Single().SubmissionId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_long_audit_log_When_paged_Then_pages_follow_each_other_without_gaps_or_repeats()
    {
        for (var i = 0; i < 7; i++)
        {
            await (await lucia.GetAsync("/api/portal/medical-history")).ShouldBeJsonAsync<MedicalHistoryView>();
            if (i % 2 == 0)
            {
                factory.Clock!.Advance(TimeSpan.FromSeconds(1));
            }
        }

        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        var first = await (await admin.GetAsync($"/api/admin/patients/{luciaId}/audit?limit=3")).ShouldBeJsonAsync<AuditLogPage>();
        var rest = new List<AuditLogEntry>(first.Entries);
        var page = first;
        while (page.HasMore)
        {
            page = await (await admin.GetAsync($"/api/admin/patients/{luciaId}/audit?limit=3&before={Uri.EscapeDataString(rest[^1].At.ToString("O"))}")).ShouldBeJsonAsync<AuditLogPage>();
            rest.AddRange(page.Entries);
        }

        rest.Count.ShouldBe(7);
        rest.Select(e => e.Id).Distinct().Count().ShouldBe(7);
        rest.Select(e => e.At).ShouldBeInOrder(SortDirection.Descending);
        (await admin.GetAsync($"/api/admin/patients/{luciaId}/audit?limit=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

/// <summary>The demo clinic (DemoData:Enabled) comes with its forms published and assigned.</summary>
public sealed class DemoFormsTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithDemoData();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_demo_clinic_When_staff_list_its_forms_Then_the_questionnaire_consents_and_instructions_are_published_in_both_languages_and_assigned()
    {
        var admin = factory.CreateClientAs(ClinicRoles.Admin);

        var all = await (await admin.GetAsync("/api/admin/forms")).ShouldBeJsonAsync<List<FormSummary>>();

        all.Count(f => f.Kind == FormKind.Questionnaire).ShouldBe(1);
        all.Count(f => f.Kind == FormKind.Consent).ShouldBe(3);
        all.Count(f => f.Kind == FormKind.PreTreatmentInstructions).ShouldBe(2);
        all.Count(f => f.Kind == FormKind.PostTreatmentInstructions).ShouldBe(4);
        all.ShouldAllBe(f => f.LatestVersionNumber == 1 && f.CurrentVersionId != null && f.ServiceIds.Count > 0 && f.Title.Es != f.Title.En && f.Title.En.Length > 0);
        await using var scope = factory.Services.CreateAsyncScope();
        var services = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new ListCatalogServices());
        var botox = services.Single(s => s.Name == "Toxina botulínica (3 zonas)").ServiceId;
        var forBotox = await (await admin.GetAsync($"/api/admin/forms/services/{botox}")).ShouldBeJsonAsync<List<FormSummary>>();
        forBotox.Select(f => f.Title.En).ShouldBe(["Health questionnaire", "Informed consent: botulinum toxin type A treatment", "Aftercare: botulinum toxin"]);
    }
}
