using System.Threading.RateLimiting;
using Clinic.Identity.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features;

/// <summary>
/// Per-IP limits on the endpoints bots and SMS pumpers aim at (ASP.NET Core rate limiter). Account
/// lockout and per-phone limits sit on top; these stop one address from trying many accounts or phones.
/// </summary>
internal static class IdentityRateLimits
{
    public const string Login = "identity-login";
    public const string AccountRequests = "identity-account";
    public const string SmsCodes = "identity-sms-codes";
    public const string SmsChecks = "identity-sms-checks";

    public static void AddPolicies(RateLimiterOptions options)
    {
        options.AddPolicy(Login, context => PerClientAddress(context, limits => limits.LoginAttemptsPerMinute, TimeSpan.FromMinutes(1)));
        options.AddPolicy(AccountRequests, context => PerClientAddress(context, limits => limits.AccountRequestsPerMinute, TimeSpan.FromMinutes(1)));
        options.AddPolicy(SmsCodes, context => PerClientAddress(context, limits => limits.SmsCodesPerHour, TimeSpan.FromHours(1)));
        options.AddPolicy(SmsChecks, context => PerClientAddress(context, limits => limits.SmsChecksPerMinute, TimeSpan.FromMinutes(1)));
    }

    private static RateLimitPartition<string> PerClientAddress(HttpContext context, Func<IdentityRateLimitOptions, int> permits, TimeSpan window)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<IdentityRateLimitOptions>>().Value;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits(limits)),
            Window = window,
            QueueLimit = 0,
        });
    }
}
