namespace Clinic.Identity.Adapters.Authentication;

/// <summary>How callers prove who they are: patients and staff with a session cookie, integrators with an API key header.</summary>
public static class IdentityAuthentication
{
    /// <summary>The default scheme: forwards to <see cref="ApiKeyScheme"/> when the request carries <see cref="ApiKeyHeader"/>, else to the session cookie.</summary>
    public const string Scheme = "Clinic";

    public const string ApiKeyScheme = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    public const string SessionCookie = "clinic.session";
}
