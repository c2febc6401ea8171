using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Contracts;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Features.Account.ActivateAccount;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Features.Patients.CreatePatient;
using Clinic.Identity.Features.Patients.GetPortalActivationSummary;
using Clinic.Identity.Features.Patients.SendWelcomeEmails;
using Clinic.Identity.Features.Settings;
using Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Contracts.Appointments;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Identity;

public sealed class ActivationTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers().WithFakeClock(Now);
    private readonly IdentityApi api;
    private readonly HttpClient admin;

    public ActivationTests()
    {
        api = new IdentityApi(factory);
        admin = factory.CreateClientAs(ClinicRoles.Admin);
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_patients_first_booking_When_the_event_arrives_twice_Then_one_welcome_email_with_an_activation_link_is_queued()
    {
        var patient = await BookedPatientAsync("ana@example.com");
        var booked = Booked(patient.PatientId, firstBooking: true);

        await DeliverAsync(booked);
        await DeliverAsync(booked);

        var welcome = (await api.EventsAsync<PatientActivationRequested>()).ShouldHaveSingleItem();
        welcome.PatientId.ShouldBe(patient.PatientId);
        welcome.Email.ShouldBe("ana@example.com");
        welcome.FullName.ShouldBe("Ana Torres");
        welcome.Language.ShouldBe("en");
        welcome.ActivationUrl.ShouldStartWith("http://localhost:5080/activate?token=");
        welcome.ExpiresAt.ShouldBe(Now.AddDays(14));
    }

    [Fact]
    public async Task Given_a_repeat_booking_or_activation_switched_off_When_the_event_arrives_Then_no_welcome_email()
    {
        var repeat = await BookedPatientAsync("repeat@example.com");
        var whileOff = await BookedPatientAsync("off@example.com");

        await DeliverAsync(Booked(repeat.PatientId, firstBooking: false));
        (await admin.PutAsJsonAsync("/api/admin/settings/portal-access", new UpdatePortalAccessSettings(false, true, null)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await DeliverAsync(Booked(whileOff.PatientId, firstBooking: true));

        (await api.EventsAsync<PatientActivationRequested>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_patient_with_a_confirmed_account_When_their_first_booking_arrives_Then_no_welcome_email()
    {
        await api.RegisteredPatientAsync("lucia@example.com");
        var patient = await BookedPatientAsync("lucia@example.com");

        await DeliverAsync(Booked(patient.PatientId, firstBooking: true));

        patient.IsNew.ShouldBeFalse();
        (await api.EventsAsync<PatientActivationRequested>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_welcome_link_When_the_patient_sets_a_password_Then_they_are_signed_in_and_can_log_in_later_but_the_link_is_spent()
    {
        var patient = await BookedPatientAsync("ana@example.com");
        await DeliverAsync(Booked(patient.PatientId, firstBooking: true));
        var token = IdentityApi.TokenOf((await api.EventsAsync<PatientActivationRequested>()).Single().ActivationUrl);
        var browser = factory.CreateBrowserClient();

        var me = await (await browser.PostAsJsonAsync("/api/account/activate", new ActivateAccount(token, "my own password"))).ShouldBeJsonAsync<CurrentUserResponse>();

        me.PatientId.ShouldBe(patient.PatientId);
        me.DisplayName.ShouldBe("Ana Torres");
        me.Roles.ShouldBe([ClinicRoles.Patient]);
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "ana@example.com", "my own password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateBrowserClient().PostAsJsonAsync("/api/account/activate", new ActivateAccount(token, "someone elses password")))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "ana@example.com", "someone elses password")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_welcome_link_When_used_after_it_expired_Then_it_is_refused_and_no_account_is_created()
    {
        var patient = await BookedPatientAsync("ana@example.com");
        await DeliverAsync(Booked(patient.PatientId, firstBooking: true));
        var token = IdentityApi.TokenOf((await api.EventsAsync<PatientActivationRequested>()).Single().ActivationUrl);

        factory.Clock!.Advance(TimeSpan.FromDays(14) + TimeSpan.FromSeconds(1));

        (await factory.CreateBrowserClient().PostAsJsonAsync("/api/account/activate", new ActivateAccount(token, "my own password")))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await api.QueryAsync(db => db.Users.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_patients_who_never_logged_in_When_staff_press_activate_now_twice_Then_each_reachable_patient_is_emailed_once()
    {
        await BookedPatientAsync("ana@example.com");
        await BookedPatientAsync("ben@example.com");
        await admin.PostAsJsonAsync("/api/admin/patients", new CreatePatient("Sin", "Correo", null, "+34 611 000 000", null, null, "es", false));
        await api.RegisteredPatientAsync("lucia@example.com");
        var front = factory.CreateClientAs(ClinicRoles.FrontDesk);

        var before = await (await front.GetAsync("/api/admin/patients/activation")).ShouldBeJsonAsync<PortalActivationSummary>();
        var first = await (await admin.PostAsync("/api/admin/patients/activation", null)).ShouldBeJsonAsync<WelcomeEmailsSent>();
        var second = await (await admin.PostAsync("/api/admin/patients/activation", null)).ShouldBeJsonAsync<WelcomeEmailsSent>();
        var after = await (await front.GetAsync("/api/admin/patients/activation")).ShouldBeJsonAsync<PortalActivationSummary>();

        before.ShouldBe(new PortalActivationSummary(NeverLoggedIn: 3, WithoutEmail: 1, RecentlyInvited: 0, ReadyToInvite: 2));
        first.ShouldBe(new WelcomeEmailsSent(Sent: 2, SkippedRecentlyInvited: 0, SkippedWithoutEmail: 1));
        second.ShouldBe(new WelcomeEmailsSent(Sent: 0, SkippedRecentlyInvited: 2, SkippedWithoutEmail: 1));
        after.ShouldBe(new PortalActivationSummary(NeverLoggedIn: 3, WithoutEmail: 1, RecentlyInvited: 2, ReadyToInvite: 0));
        (await api.EventsAsync<PatientActivationRequested>()).Select(e => e.Email).ShouldBe(["ana@example.com", "ben@example.com"], ignoreOrder: true);

        factory.Clock!.Advance(TimeSpan.FromDays(1));
        (await (await admin.PostAsync("/api/admin/patients/activation", null)).ShouldBeJsonAsync<WelcomeEmailsSent>()).Sent.ShouldBe(2);
    }

    [Fact]
    public async Task Given_staff_other_than_admin_or_patients_When_pressing_activate_now_Then_refused_and_nothing_is_sent()
    {
        await BookedPatientAsync("ana@example.com");

        (await factory.CreateClientAs(ClinicRoles.FrontDesk).PostAsync("/api/admin/patients/activation", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClientAs(ClinicRoles.Patient).GetAsync("/api/admin/patients/activation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClientAs().PostAsync("/api/admin/patients/activation", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.EventsAsync<PatientActivationRequested>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_patient_on_file_without_an_account_When_they_use_forgot_password_Then_they_get_the_welcome_link()
    {
        await BookedPatientAsync("ana@example.com");

        await factory.CreateBrowserClient().PostAsJsonAsync("/api/account/forgot-password",
            new Clinic.Identity.Features.Account.RequestPasswordReset.RequestPasswordReset("ana@example.com"));

        (await api.EventsAsync<PatientActivationRequested>()).ShouldHaveSingleItem().Email.ShouldBe("ana@example.com");
        (await api.EventsAsync<PasswordResetRequested>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_portal_access_settings_When_an_admin_sets_the_portal_address_Then_staff_see_the_link_to_share_and_emails_use_it()
    {
        var updated = await (await admin.PutAsJsonAsync("/api/admin/settings/portal-access",
            new UpdatePortalAccessSettings(true, false, "https://citas.lumina.example/"))).ShouldBeJsonAsync<PortalAccessSettingsResponse>();
        var seenByProvider = await (await factory.CreateClientAs(ClinicRoles.Provider).GetAsync("/api/admin/settings/portal-access"))
            .ShouldBeJsonAsync<PortalAccessSettingsResponse>();
        var patient = await BookedPatientAsync("ana@example.com");
        await DeliverAsync(Booked(patient.PatientId, firstBooking: true));

        updated.ShouldBe(new PortalAccessSettingsResponse(true, false, "https://citas.lumina.example", "https://citas.lumina.example/portal"));
        seenByProvider.ShouldBe(updated);
        (await api.EventsAsync<PatientActivationRequested>()).Single().ActivationUrl.ShouldStartWith("https://citas.lumina.example/activate?token=");
        (await factory.CreateClientAs(ClinicRoles.Provider).PutAsJsonAsync("/api/admin/settings/portal-access", new UpdatePortalAccessSettings(false, false, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await admin.PutAsJsonAsync("/api/admin/settings/portal-access", new UpdatePortalAccessSettings(true, true, "ftp://nope")))
            .ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["portalBaseUrl"]);
    }

    private Task<EnsuredPatientProfile> BookedPatientAsync(string email) =>
        api.SendAsync(new EnsurePatientProfile(email.StartsWith("ana", StringComparison.Ordinal) ? "Ana" : "Paciente", "Torres", email, null, "en"));

    private static AppointmentBooked Booked(Guid patientId, bool firstBooking) => new(
        new AppointmentSnapshot(
            Guid.NewGuid(), patientId, new PatientContact("Ana Torres", "ana@example.com", null, "en"),
            Guid.NewGuid(), "Lumina Madrid", "Calle de Serrano 45", "+34 910 123 456", "Europe/Madrid",
            Guid.NewGuid(), "Marta Sánchez", [new AppointmentServiceLine(Guid.NewGuid(), "Hydrafacial", 45, 12000, "EUR")],
            Now.AddDays(3), Now.AddDays(3).AddMinutes(45), Clinic.BuildingBlocks.Security.SecretToken.New()),
        firstBooking,
        BookedByStaff: false) { OccurredAt = Now };

    private async Task DeliverAsync(AppointmentBooked booked)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(booked);
    }
}
