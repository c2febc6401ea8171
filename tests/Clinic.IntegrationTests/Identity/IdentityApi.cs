using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Account.LogIn;
using Clinic.Identity.Features.Account.RegisterPatient;
using Clinic.Identity.Features.Account.VerifyEmail;
using Clinic.Identity.Persistence;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Identity;

/// <summary>Drives the account API the way the SPA does, and reads what Identity queued for Notifications.</summary>
internal sealed class IdentityApi(ClinicApiFactory factory)
{
    public const string Password = "correct horse battery";

    public static RegisterPatient Registration(string email, string firstName = "Lucía", string lastName = "García", string? phone = "+34 600 111 222") =>
        new(firstName, lastName, email, Password, phone, new DateOnly(1990, 5, 17), "es", MarketingConsent: false);

    public async Task<HttpResponseMessage> RegisterAsync(HttpClient client, RegisterPatient registration) =>
        await client.PostAsJsonAsync("/api/account/register", registration);

    /// <summary>Registers, follows the emailed verification link, and returns a signed-in browser client.</summary>
    public async Task<HttpClient> RegisteredPatientAsync(string email, string firstName = "Lucía", string lastName = "García", string? phone = "+34 600 111 222")
    {
        var browser = factory.CreateBrowserClient();
        (await RegisterAsync(browser, Registration(email, firstName, lastName, phone))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var verification = (await EventsAsync<Clinic.Identity.Contracts.EmailVerificationRequested>()).Last(e => e.Email == email);
        (await browser.PostAsJsonAsync("/api/account/verify-email", new VerifyEmail(TokenOf(verification.VerificationUrl))))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await LogInAsync(browser, email)).ShouldBeJsonAsync<CurrentUserResponse>();
        return browser;
    }

    public static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password = Password) =>
        await client.PostAsJsonAsync("/api/account/login", new LogIn(email, password, RecaptchaToken: "token-from-the-browser"));

    /// <summary>The integration events of one type that Identity stored in its outbox, oldest first.</summary>
    public Task<List<TEvent>> EventsAsync<TEvent>() where TEvent : IIntegrationEvent =>
        factory.OutboxEventsAsync<IdentityDbContext, TEvent>();

    public async Task<T> QueryAsync<T>(Func<IdentityDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    public async Task<TResponse> SendAsync<TResponse>(Mediator.IRequest<TResponse> request)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(request);
    }

    /// <summary>The token a link carries, as the SPA page reads it from the address bar.</summary>
    public static string TokenOf(string url) => QueryHelpers.ParseQuery(new Uri(url).Query)["token"].ToString();
}
