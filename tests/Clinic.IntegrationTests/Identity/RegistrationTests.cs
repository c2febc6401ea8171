using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Account.VerifyEmail;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Identity;

public sealed class RegistrationTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers().WithFakeClock(Now);
    private readonly IdentityApi api;

    public RegistrationTests() => api = new IdentityApi(factory);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_new_patient_When_they_register_verify_and_log_in_Then_the_session_shows_their_name()
    {
        var browser = factory.CreateBrowserClient();

        var registered = await api.RegisterAsync(browser, IdentityApi.Registration("lucia@example.com"));
        registered.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var email = (await api.EventsAsync<EmailVerificationRequested>()).ShouldHaveSingleItem();
        email.Email.ShouldBe("lucia@example.com");
        email.FullName.ShouldBe("Lucía García");
        email.Language.ShouldBe("es");
        email.VerificationUrl.ShouldStartWith("http://localhost:5080/verify-email?token=");
        email.ExpiresAt.ShouldBe(Now.AddDays(2));

        (await browser.PostAsJsonAsync("/api/account/verify-email", new VerifyEmail(IdentityApi.TokenOf(email.VerificationUrl))))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var signedIn = await (await IdentityApi.LogInAsync(browser, "LUCIA@example.com")).ShouldBeJsonAsync<CurrentUserResponse>();
        var me = await (await browser.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>();

        me.ShouldBeEquivalentTo(signedIn);
        me.DisplayName.ShouldBe("Lucía García");
        me.FirstName.ShouldBe("Lucía");
        me.Roles.ShouldBe([ClinicRoles.Patient]);
        me.PatientId.ShouldBe(email.PatientId);
    }

    [Fact]
    public async Task Given_an_unverified_account_When_logging_in_Then_only_the_right_password_learns_it_needs_verifying()
    {
        var browser = factory.CreateBrowserClient();
        await api.RegisterAsync(browser, IdentityApi.Registration("lucia@example.com"));

        var wrongPassword = await (await IdentityApi.LogInAsync(browser, "lucia@example.com", "not the password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var rightPassword = await (await IdentityApi.LogInAsync(browser, "lucia@example.com")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        wrongPassword.Title.ShouldBe("Login failed");
        rightPassword.Title.ShouldBe("Email not verified");
        (await api.EventsAsync<EmailVerificationRequested>()).Count.ShouldBe(2, "logging in unverified sends a fresh link");
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_registered_email_When_someone_registers_it_again_Then_the_answer_is_identical_and_the_account_is_untouched()
    {
        await api.RegisteredPatientAsync("lucia@example.com");
        var eventsBefore = (await api.EventsAsync<EmailVerificationRequested>()).Count;
        var stranger = factory.CreateBrowserClient();

        var known = await api.RegisterAsync(stranger, IdentityApi.Registration("lucia@example.com") with { Password = "the attacker's password" });
        var unknown = await api.RegisterAsync(stranger, IdentityApi.Registration("nobody@example.com"));

        known.StatusCode.ShouldBe(unknown.StatusCode);
        (await known.Content.ReadAsStringAsync()).ShouldBe(await unknown.Content.ReadAsStringAsync());
        known.Content.Headers.ContentType.ShouldBe(unknown.Content.Headers.ContentType);
        (await api.EventsAsync<EmailVerificationRequested>()).Count.ShouldBe(eventsBefore + 1, "only the new address gets an email");
        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "lucia@example.com")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "lucia@example.com", "the attacker's password")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_patient_on_file_from_a_booking_When_they_register_with_that_email_Then_the_account_opens_the_same_profile()
    {
        var booked = await api.SendAsync(new EnsurePatientProfile("Lucía", "García", "lucia@example.com", "600 111 222", "es"));
        var browser = await api.RegisteredPatientAsync("Lucia@Example.com", firstName: "Lucy", phone: null);

        var me = await (await browser.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>();

        me.PatientId.ShouldBe(booked.PatientId);
        me.DisplayName.ShouldBe("Lucía García", "the profile on file keeps its details");
        (await api.QueryAsync(db => db.Patients.CountAsync())).ShouldBe(1);
        (await api.QueryAsync(db => db.Patients.SingleAsync())).Phone.ShouldBe("+34600111222");
    }

    [Fact]
    public async Task Given_a_verification_link_When_it_is_used_twice_Then_the_second_use_is_refused()
    {
        var browser = factory.CreateBrowserClient();
        await api.RegisterAsync(browser, IdentityApi.Registration("lucia@example.com"));
        var link = new VerifyEmail(IdentityApi.TokenOf((await api.EventsAsync<EmailVerificationRequested>()).Single().VerificationUrl));

        (await browser.PostAsJsonAsync("/api/account/verify-email", link)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var second = await (await browser.PostAsJsonAsync("/api/account/verify-email", link)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        second.Detail.ShouldBe("This link has expired or has already been used. Ask for a new one.");
    }

    [Fact]
    public async Task Given_a_verification_link_When_it_is_used_after_it_expired_Then_it_is_refused_and_the_account_stays_unverified()
    {
        var browser = factory.CreateBrowserClient();
        await api.RegisterAsync(browser, IdentityApi.Registration("lucia@example.com"));
        var link = new VerifyEmail(IdentityApi.TokenOf((await api.EventsAsync<EmailVerificationRequested>()).Single().VerificationUrl));

        factory.Clock!.Advance(TimeSpan.FromDays(2) + TimeSpan.FromSeconds(1));

        (await browser.PostAsJsonAsync("/api/account/verify-email", link)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await api.QueryAsync(db => db.Users.SingleAsync())).EmailConfirmed.ShouldBeFalse();
    }

    [Fact]
    public async Task Given_an_unverified_account_When_registered_again_Then_only_the_newest_link_works_with_the_newest_password()
    {
        var browser = factory.CreateBrowserClient();
        await api.RegisterAsync(browser, IdentityApi.Registration("lucia@example.com") with { Password = "first password" });
        await api.RegisterAsync(browser, IdentityApi.Registration("lucia@example.com") with { Password = "second password" });
        var links = (await api.EventsAsync<EmailVerificationRequested>()).Select(e => new VerifyEmail(IdentityApi.TokenOf(e.VerificationUrl))).ToList();

        (await browser.PostAsJsonAsync("/api/account/verify-email", links[0])).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await browser.PostAsJsonAsync("/api/account/verify-email", links[1])).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await IdentityApi.LogInAsync(browser, "lucia@example.com", "first password")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await IdentityApi.LogInAsync(browser, "lucia@example.com", "second password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.QueryAsync(db => db.Users.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Given_invalid_details_When_registering_Then_400_names_each_field_and_nothing_is_created()
    {
        var response = await api.RegisterAsync(factory.CreateBrowserClient(),
            IdentityApi.Registration("not-an-email", phone: "12") with { Password = "short", Language = "fr", FirstName = "" });

        var problem = await response.ShouldBeValidationProblemAsync();
        problem.Errors.Keys.ShouldBe(["email", "firstName", "language", "password", "phone"], ignoreOrder: true);
        (await api.QueryAsync(db => db.Patients.AnyAsync())).ShouldBeFalse();
        (await api.QueryAsync(db => db.Users.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_new_registration_When_stored_Then_the_profile_is_a_registration_and_the_password_is_hashed()
    {
        await api.RegisterAsync(factory.CreateBrowserClient(), IdentityApi.Registration("lucia@example.com"));

        var patient = await api.QueryAsync(db => db.Patients.SingleAsync());
        var user = await api.QueryAsync(db => db.Users.SingleAsync());
        patient.Source.ShouldBe(PatientSource.Registration);
        patient.BirthDate.ShouldBe(new DateOnly(1990, 5, 17));
        user.PatientId.ShouldBe(patient.Id);
        user.PasswordHash.ShouldNotBeNull();
        user.PasswordHash.ShouldNotContain(IdentityApi.Password);
    }
}
