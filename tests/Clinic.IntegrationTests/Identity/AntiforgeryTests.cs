using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Http;
using Clinic.Identity.Features.Account.LogIn;
using Clinic.Identity.Features.Portal.UpdateMyProfile;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Clinic.IntegrationTests.Identity;

/// <summary>Unsafe requests from a browser must echo the XSRF-TOKEN cookie, so a forged cross-site form cannot act with the session.</summary>
public sealed class AntiforgeryTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_signed_in_patient_When_a_post_arrives_without_the_token_header_Then_400_and_nothing_changes()
    {
        var cookies = new CookieContainer();
        var browser = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        await LogInWithTokenAsync(browser, cookies);

        var forged = await browser.PutAsJsonAsync("/api/portal/profile", new UpdateMyProfile("Forged", "Name", null, null, null, "es", false));

        var problem = await forged.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Title.ShouldBe("Missing or expired antiforgery token");
        forged.Headers.GetValues(ApiAntiforgery.RejectedHeader).ShouldBe(["true"]);
        (await browser.GetStringAsync("/api/portal/profile")).ShouldNotContain("Forged");
    }

    [Fact]
    public async Task Given_the_token_issued_before_login_When_used_after_login_Then_it_is_refused_and_the_fresh_one_from_the_login_works()
    {
        var cookies = new CookieContainer();
        var browser = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        var anonymousToken = await LogInWithTokenAsync(browser, cookies);
        var sessionToken = XsrfCookie(cookies);

        var stale = await Send(browser, anonymousToken);
        var fresh = await Send(browser, sessionToken!);

        sessionToken.ShouldNotBe(anonymousToken, "logging in hands out a token bound to the new session");
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_rejected_request_When_the_browser_retries_with_the_cookie_the_rejection_set_Then_it_succeeds()
    {
        var cookies = new CookieContainer();
        var browser = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        var anonymousToken = await LogInWithTokenAsync(browser, cookies);
        cookies.Add(new Uri("http://localhost"), new Cookie(ApiAntiforgery.RequestTokenCookie, anonymousToken));

        var rejected = await Send(browser, anonymousToken);
        var retried = await Send(browser, XsrfCookie(cookies)!);

        rejected.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_an_anonymous_form_When_posted_without_a_token_Then_it_is_refused_too()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/account/login", new LogIn("a@example.com", "password", null));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains(ApiAntiforgery.RejectedHeader).ShouldBeTrue();
    }

    private async Task<string> LogInWithTokenAsync(HttpClient browser, CookieContainer cookies)
    {
        await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com");
        (await browser.GetAsync("/api/account/antiforgery")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var anonymousToken = XsrfCookie(cookies)!;
        var login = new HttpRequestMessage(HttpMethod.Post, "/api/account/login")
        {
            Content = JsonContent.Create(new LogIn("lucia@example.com", IdentityApi.Password, null)),
        };
        login.Headers.Add(ApiAntiforgery.HeaderName, anonymousToken);
        (await browser.SendAsync(login)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return anonymousToken;
    }

    private static Task<HttpResponseMessage> Send(HttpClient browser, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/portal/profile")
        {
            Content = JsonContent.Create(new UpdateMyProfile("Lucía", "García", null, null, null, "es", false)),
        };
        request.Headers.Add(ApiAntiforgery.HeaderName, token);
        return browser.SendAsync(request);
    }

    private static string? XsrfCookie(CookieContainer cookies) =>
        cookies.GetCookies(new Uri("http://localhost"))[ApiAntiforgery.RequestTokenCookie]?.Value;
}
