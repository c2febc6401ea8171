using Clinic.Identity.Adapters.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Clinic.Host;

/// <summary>Documents, per operation, which credential it takes: a session, and for integrator-capable operations an API key with a scope.</summary>
internal sealed class AuthorizationOperationFilter : IOperationFilter
{
    public const string SessionScheme = "session";
    public const string ApiKeyScheme = "apiKey";

    public static OpenApiSecurityScheme Session { get; } = new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Cookie,
        Name = IdentityAuthentication.SessionCookie,
        Description = "Browser session of a patient or staff member, set by POST /api/account/login. "
                      + "POST, PUT and DELETE also need the X-XSRF-TOKEN header carrying the XSRF-TOKEN cookie's value.",
    };

    public static OpenApiSecurityScheme ApiKey { get; } = new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = IdentityAuthentication.ApiKeyHeader,
        Description = "Integrator key created by a clinic Admin (POST /api/admin/api-keys). Each key carries scopes: "
                      + "catalog:read, patients:read, patients:write, forms:status, forms:clinical; an operation lists the scope it needs.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var requirements = metadata.OfType<IAuthorizeData>().ToList();
        if (requirements.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, context.Document)] = [] });
        var scopes = requirements
            .Select(r => r.Policy is { } policy && ClinicAuthorization.IntegratorScopes.TryGetValue(policy, out var any) ? string.Join(" or ", any) : null)
            .OfType<string>()
            .ToList();
        if (scopes.Count > 0)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] });
            operation.Description = $"{operation.Description} Integrators: API key with scope {string.Join(", ", scopes)}.".Trim();
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No session, or a missing, unknown or revoked API key." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Signed in, but without the role or scope this operation needs." });
    }
}
