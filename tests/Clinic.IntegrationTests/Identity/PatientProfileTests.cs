using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Features.Portal.UpdateMyProfile;
using Clinic.IntegrationTests.Infrastructure;

namespace Clinic.IntegrationTests.Identity;

/// <summary>A patient reaches their own profile only; whose profile is decided by the session, never by the request.</summary>
public sealed class PatientProfileTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();
    private readonly IdentityApi api;

    public PatientProfileTests() => api = new IdentityApi(factory);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_signed_in_patient_When_they_edit_their_profile_Then_it_is_saved_with_the_phone_in_e164()
    {
        var lucia = await api.RegisteredPatientAsync("lucia@example.com");

        var updated = await (await lucia.PutAsJsonAsync("/api/portal/profile",
            new UpdateMyProfile("Lucía", "García Pérez", "611 22 33 44", new DateOnly(1991, 1, 2), "Calle Mayor 1, Madrid", "en", true)))
            .ShouldBeJsonAsync<PatientProfile>();
        var reread = await (await lucia.GetAsync("/api/portal/profile")).ShouldBeJsonAsync<PatientProfile>();

        reread.ShouldBe(updated);
        updated.LastName.ShouldBe("García Pérez");
        updated.Phone.ShouldBe("+34611223344");
        updated.Email.ShouldBe("lucia@example.com");
        updated.PreferredLanguage.ShouldBe("en");
        updated.MarketingConsent.ShouldBeTrue();
        (await (await lucia.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>()).DisplayName.ShouldBe("Lucía García Pérez");
    }

    [Fact]
    public async Task Given_two_patients_When_one_tries_to_read_the_other_by_id_Then_403_with_none_of_their_data()
    {
        var lucia = await api.RegisteredPatientAsync("lucia@example.com", firstName: "Lucía");
        var bruno = await api.RegisteredPatientAsync("bruno@example.com", firstName: "Bruno", phone: "+34 622 000 111");
        var brunoId = (await (await bruno.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>()).PatientId;

        var response = await lucia.GetAsync($"/api/admin/patients/{brunoId}");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("Bruno");
        body.ShouldNotContain("bruno@example.com");
        (await lucia.GetAsync("/api/admin/patients")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_two_patients_When_one_sends_the_others_id_in_a_profile_update_Then_only_their_own_profile_changes()
    {
        var lucia = await api.RegisteredPatientAsync("lucia@example.com", firstName: "Lucía");
        var bruno = await api.RegisteredPatientAsync("bruno@example.com", firstName: "Bruno", phone: "+34 622 000 111");
        var brunoBefore = await (await bruno.GetAsync("/api/portal/profile")).ShouldBeJsonAsync<PatientProfile>();

        var response = await lucia.PutAsJsonAsync("/api/portal/profile", new
        {
            id = brunoBefore.Id,
            patientId = brunoBefore.Id,
            firstName = "Hacked",
            lastName = "Name",
            preferredLanguage = "es",
            marketingConsent = false,
        });

        (await response.ShouldBeJsonAsync<PatientProfile>()).Id.ShouldNotBe(brunoBefore.Id);
        (await (await bruno.GetAsync("/api/portal/profile")).ShouldBeJsonAsync<PatientProfile>()).ShouldBe(brunoBefore);
        (await (await lucia.GetAsync("/api/portal/profile")).ShouldBeJsonAsync<PatientProfile>()).FirstName.ShouldBe("Hacked");
    }

    [Fact]
    public async Task Given_no_session_or_a_staff_session_When_the_portal_profile_is_requested_Then_401_or_403()
    {
        (await factory.CreateClient().GetAsync("/api/portal/profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CreateClientAs(ClinicRoles.Admin).GetAsync("/api/portal/profile")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_invalid_profile_data_When_saved_Then_400_and_nothing_changes()
    {
        var lucia = await api.RegisteredPatientAsync("lucia@example.com");
        var before = await (await lucia.GetAsync("/api/portal/profile")).ShouldBeJsonAsync<PatientProfile>();

        var problem = await (await lucia.PutAsJsonAsync("/api/portal/profile",
            new UpdateMyProfile("", "García", "12", new DateOnly(2999, 1, 1), null, "de", false))).ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldBe(["birthDate", "firstName", "phone", "preferredLanguage"], ignoreOrder: true);
        (await (await lucia.GetAsync("/api/portal/profile")).ShouldBeJsonAsync<PatientProfile>()).ShouldBe(before);
    }
}
