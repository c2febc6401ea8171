using System.Net;
using System.Net.Http.Json;
using Clinic.Identity.Contracts;
using Clinic.Identity.Features.Account.ChangePassword;
using Clinic.Identity.Features.Account.RequestPasswordReset;
using Clinic.Identity.Features.Account.ResetPassword;
using Clinic.IntegrationTests.Infrastructure;

namespace Clinic.IntegrationTests.Identity;

public sealed class PasswordResetTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers().WithFakeClock(Now);
    private readonly IdentityApi api;

    public PasswordResetTests() => api = new IdentityApi(factory);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_known_and_an_unknown_email_When_a_reset_is_requested_Then_the_answers_match_and_only_the_owner_gets_a_link()
    {
        await api.RegisteredPatientAsync("lucia@example.com");
        var anyone = factory.CreateBrowserClient();

        var known = await anyone.PostAsJsonAsync("/api/account/forgot-password", new RequestPasswordReset("lucia@example.com"));
        var unknown = await anyone.PostAsJsonAsync("/api/account/forgot-password", new RequestPasswordReset("nobody@example.com"));

        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await known.Content.ReadAsStringAsync()).ShouldBe(await unknown.Content.ReadAsStringAsync());
        var reset = (await api.EventsAsync<PasswordResetRequested>()).ShouldHaveSingleItem();
        reset.Email.ShouldBe("lucia@example.com");
        reset.FullName.ShouldBe("Lucía García");
        reset.ResetUrl.ShouldStartWith("http://localhost:5080/reset-password?token=");
        reset.ExpiresAt.ShouldBe(Now.AddHours(2));
    }

    [Fact]
    public async Task Given_a_reset_link_When_used_Then_the_new_password_works_the_old_does_not_and_the_link_is_spent()
    {
        var oldSession = await api.RegisteredPatientAsync("lucia@example.com");
        var anonymous = factory.CreateBrowserClient();
        await anonymous.PostAsJsonAsync("/api/account/forgot-password", new RequestPasswordReset("lucia@example.com"));
        var token = IdentityApi.TokenOf((await api.EventsAsync<PasswordResetRequested>()).Single().ResetUrl);

        (await anonymous.PostAsJsonAsync("/api/account/reset-password", new ResetPassword(token, "a brand new password"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await IdentityApi.LogInAsync(anonymous, "lucia@example.com")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await IdentityApi.LogInAsync(anonymous, "lucia@example.com", "a brand new password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.PostAsJsonAsync("/api/account/reset-password", new ResetPassword(token, "yet another password")))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        factory.Clock!.Advance(TimeSpan.FromMinutes(2));
        (await oldSession.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a reset ends the sessions opened with the old password");
    }

    [Fact]
    public async Task Given_a_reset_link_When_used_after_it_expired_Then_it_is_refused_and_the_password_is_unchanged()
    {
        await api.RegisteredPatientAsync("lucia@example.com");
        var anonymous = factory.CreateBrowserClient();
        await anonymous.PostAsJsonAsync("/api/account/forgot-password", new RequestPasswordReset("lucia@example.com"));
        var token = IdentityApi.TokenOf((await api.EventsAsync<PasswordResetRequested>()).Single().ResetUrl);

        factory.Clock!.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));

        (await anonymous.PostAsJsonAsync("/api/account/reset-password", new ResetPassword(token, "a brand new password")))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await IdentityApi.LogInAsync(anonymous, "lucia@example.com")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_reset_link_and_a_too_short_password_When_submitted_Then_400_and_the_link_still_works()
    {
        await api.RegisteredPatientAsync("lucia@example.com");
        var anonymous = factory.CreateBrowserClient();
        await anonymous.PostAsJsonAsync("/api/account/forgot-password", new RequestPasswordReset("lucia@example.com"));
        var token = IdentityApi.TokenOf((await api.EventsAsync<PasswordResetRequested>()).Single().ResetUrl);

        var problem = await (await anonymous.PostAsJsonAsync("/api/account/reset-password", new ResetPassword(token, "short"))).ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldBe(["newPassword"]);
        (await anonymous.PostAsJsonAsync("/api/account/reset-password", new ResetPassword(token, "long enough now"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Given_many_reset_requests_When_sent_within_an_hour_Then_the_mailbox_gets_at_most_three_links()
    {
        using var relaxed = new ClinicApiFactory().WithoutBackgroundWorkers().With("Identity:RateLimits:AccountRequestsPerMinute", "50");
        var relaxedApi = new IdentityApi(relaxed);
        await relaxedApi.RegisteredPatientAsync("lucia@example.com");
        var anonymous = relaxed.CreateBrowserClient();

        for (var request = 0; request < 6; request++)
        {
            (await anonymous.PostAsJsonAsync("/api/account/forgot-password", new RequestPasswordReset("lucia@example.com"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        (await relaxedApi.EventsAsync<PasswordResetRequested>()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Given_a_signed_in_patient_When_changing_the_password_Then_the_current_one_is_checked_and_this_session_continues()
    {
        var browser = await api.RegisteredPatientAsync("lucia@example.com");

        var wrong = await (await browser.PostAsJsonAsync("/api/account/change-password", new ChangePassword("not my password", "a new password 123")))
            .ShouldBeValidationProblemAsync();
        var changed = await browser.PostAsJsonAsync("/api/account/change-password", new ChangePassword(IdentityApi.Password, "a new password 123"));

        wrong.Errors.Keys.ShouldBe(["currentPassword"]);
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        factory.Clock!.Advance(TimeSpan.FromMinutes(2));
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "lucia@example.com", "a new password 123")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_no_session_When_changing_a_password_Then_401()
    {
        (await factory.CreateBrowserClient().PostAsJsonAsync("/api/account/change-password", new ChangePassword("a", "b")))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
