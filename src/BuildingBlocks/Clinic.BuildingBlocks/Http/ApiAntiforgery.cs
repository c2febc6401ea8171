using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clinic.BuildingBlocks.Http;

/// <summary>
/// Cross-site request forgery protection for the JSON API, in the cookie-to-header style an SPA can
/// follow: the server keeps a readable <see cref="RequestTokenCookie"/> cookie current, and every
/// unsafe request must echo it in <see cref="HeaderName"/>. A forged cross-site request cannot read the
/// cookie, so it cannot send the header. See docs/adr/0008.
/// </summary>
public static class ApiAntiforgery
{
    public const string HeaderName = "X-XSRF-TOKEN";
    public const string RequestTokenCookie = "XSRF-TOKEN";

    /// <summary>Set on a 400 caused by a missing or stale token; the same response carries a fresh cookie to retry with.</summary>
    public const string RejectedHeader = "X-XSRF-Rejected";

    public static IServiceCollection AddApiAntiforgery(this IServiceCollection services)
    {
        services.AddAntiforgery(options =>
        {
            options.HeaderName = HeaderName;
            options.Cookie.Name = "clinic.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOptions<ApiAntiforgeryOptions>();
        return services;
    }

    /// <summary>Validates unsafe /api requests and keeps the token cookie in step with the signed-in identity.</summary>
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        // A token names the identity it was issued to, so signing in or out must hand out a new one.
        var userBefore = context.User;
        var rejected = false;
        context.Response.OnStarting(() =>
        {
            if (rejected || !ReferenceEquals(userBefore, context.User) || context.GetEndpoint()?.Metadata.GetMetadata<AlwaysIssueTokenMetadata>() is not null)
            {
                IssueToken(context);
            }

            return Task.CompletedTask;
        });

        if (RequiresToken(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            rejected = true;
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.Headers[RejectedHeader] = "true";
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Missing or expired antiforgery token",
                    Detail = $"Send the value of the {RequestTokenCookie} cookie in the {HeaderName} header. This response carries a fresh one.",
                },
            });
            return;
        }

        await next(context);
    });

    /// <summary>Marks an endpoint whose response always refreshes the token cookie (the SPA's session probe).</summary>
    public static TBuilder IssuesAntiforgeryToken<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AlwaysIssueTokenMetadata());

    private static bool RequiresToken(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            return false;
        }

        // A credential sent in a custom header cannot be attached by a cross-site page, so there is nothing to forge.
        var exempt = context.RequestServices.GetRequiredService<IOptions<ApiAntiforgeryOptions>>().Value.ExemptWhenHeaderPresent;
        return !exempt.Any(header => context.Request.Headers.ContainsKey(header));
    }

    private static void IssueToken(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        context.Response.Cookies.Append(RequestTokenCookie, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, // the SPA must read it to echo it
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    private sealed class AlwaysIssueTokenMetadata;
}
