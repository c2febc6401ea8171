using System.Security.Claims;
using System.Text.Encodings.Web;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Adapters.Authentication;

/// <summary>Authenticates an integrator by the <c>X-Api-Key</c> header: an unrevoked key becomes a principal carrying its scopes.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IdentityDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[IdentityAuthentication.ApiKeyHeader].ToString();
        if (string.IsNullOrWhiteSpace(presented))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = SecretToken.Hash(presented.Trim());
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash, Context.RequestAborted);
        if (key is null || !key.IsActive)
        {
            return AuthenticateResult.Fail("The API key is unknown or has been revoked.");
        }

        await RecordUseAsync(key.Id);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, $"api-key:{key.Id}"),
            new(ClaimTypes.Name, $"API key '{key.Name}'"),
        };
        claims.AddRange(key.ScopeList.Select(scope => new Claim(ClinicClaims.Scope, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{IdentityAuthentication.ApiKeyHeader}\"";
        return Task.CompletedTask;
    }

    // Staff see when a key was last used; writing it at most once a minute keeps busy integrations cheap.
    private async Task RecordUseAsync(Guid keyId)
    {
        var now = clock.GetUtcNow();
        var staleBefore = now - LastUsedPrecision;
        await db.ApiKeys
            .Where(k => k.Id == keyId && (k.LastUsedAt == null || k.LastUsedAt < staleBefore))
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
    }
}
