using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Clinic.Identity.Adapters.Recaptcha;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Account.GetPublicAccountSettings;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Identity;

public sealed class LoginTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly ClinicApiFactory factory = new ClinicApiFactory()
        .WithoutBackgroundWorkers()
        .With("Identity:Accounts:LockoutDuration", "00:00:02")
        .WithFakeClock(Now);
    private readonly IdentityApi api;

    public LoginTests() => api = new IdentityApi(factory);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_an_unknown_email_and_a_wrong_password_When_logging_in_Then_both_answers_are_identical()
    {
        await api.RegisteredPatientAsync("lucia@example.com");

        var unknown = await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "nobody@example.com");
        var wrongPassword = await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "lucia@example.com", "wrong password");

        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await WithoutTraceIdAsync(unknown)).ShouldBe(await WithoutTraceIdAsync(wrongPassword));
        unknown.Headers.Contains("Set-Cookie").ShouldBe(wrongPassword.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Given_five_wrong_passwords_When_the_right_one_follows_Then_the_account_is_locked_with_the_same_answer_until_the_lockout_ends()
    {
        await api.RegisteredPatientAsync("lucia@example.com");
        var attacker = factory.CreateBrowserClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await IdentityApi.LogInAsync(attacker, "lucia@example.com", $"guess {attempt}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "lucia@example.com");
        var unknown = await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "nobody@example.com");

        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await WithoutTraceIdAsync(locked)).ShouldBe(await WithoutTraceIdAsync(unknown));

        // ASP.NET Core Identity times lockouts with the system clock, so this waits for real.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "lucia@example.com")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_one_address_When_it_exceeds_the_login_rate_limit_Then_429_with_retry_after_whatever_the_account()
    {
        using var limited = new ClinicApiFactory().With("Identity:RateLimits:LoginAttemptsPerMinute", "3");
        var client = limited.CreateBrowserClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await IdentityApi.LogInAsync(client, $"person{attempt}@example.com")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var response = await IdentityApi.LogInAsync(client, "someone-else@example.com");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.Title.ShouldBe("Too many requests");
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task Given_a_session_When_logging_out_Then_me_answers_401()
    {
        var browser = await api.RegisteredPatientAsync("lucia@example.com");
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_session_When_idle_longer_than_the_timeout_Then_it_has_ended_but_activity_keeps_it_alive()
    {
        var active = await api.RegisteredPatientAsync("active@example.com");
        var idle = await api.RegisteredPatientAsync("idle@example.com");

        factory.Clock!.Advance(TimeSpan.FromMinutes(20));
        (await active.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(20));

        (await active.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await idle.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_the_spa_When_it_asks_for_account_settings_Then_it_learns_the_idle_timeout_and_that_recaptcha_is_off()
    {
        var settings = await (await factory.CreateClient().GetAsync("/api/account/settings")).ShouldBeJsonAsync<PublicAccountSettings>();

        settings.ShouldBe(new PublicAccountSettings(null, "login", PhoneVerificationRequired: true, SessionIdleMinutes: 30));
    }

    [Fact]
    public async Task Given_a_session_cookie_When_issued_Then_it_is_http_only_and_same_site_strict()
    {
        await api.RegisteredPatientAsync("lucia@example.com");

        var response = await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "lucia@example.com");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("clinic.session=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        (await response.ShouldBeJsonAsync<CurrentUserResponse>()).Email.ShouldBe("lucia@example.com");
    }

    [Fact]
    public async Task Given_google_recaptcha_When_google_judges_the_login_a_bot_Then_400_on_the_recaptcha_field_and_no_session()
    {
        var google = new ScriptedSiteVerify();
        using var withRecaptcha = new ClinicApiFactory()
            .With("Identity:Recaptcha:Provider", "Google")
            .With("Identity:Recaptcha:SiteKey", "site-key")
            .With("Identity:Recaptcha:SecretKey", "secret-key");
        withRecaptcha.ConfigureServices = services => services.AddHttpClient(nameof(IRecaptchaVerifier)).ConfigurePrimaryHttpMessageHandler(() => google);
        await new IdentityApi(withRecaptcha).RegisteredPatientAsync("lucia@example.com");
        var browser = withRecaptcha.CreateBrowserClient();

        google.Answer = """{"success":true,"score":0.1,"action":"login"}""";
        var bot = await IdentityApi.LogInAsync(browser, "lucia@example.com");

        (await bot.ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["recaptchaToken"]);
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        google.Forms.Last().ShouldContain("secret=secret-key&response=token-from-the-browser");
    }

    private sealed class ScriptedSiteVerify : HttpMessageHandler
    {
        public string Answer { get; set; } = """{"success":true,"score":0.9,"action":"login"}""";

        public List<string> Forms { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Forms.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Answer, System.Text.Encoding.UTF8, "application/json") };
        }
    }

    private static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }
}
