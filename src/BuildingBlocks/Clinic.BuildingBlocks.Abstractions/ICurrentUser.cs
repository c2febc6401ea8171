namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>Who is making the current request, as established by authentication — never by the request body.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>Stable user id from the authentication ticket, or null for anonymous callers.</summary>
    string? UserId { get; }

    /// <summary>
    /// The signed-in patient's profile id, taken from the session. Null for anonymous callers, staff
    /// and integrators. Modules scope "own data only" reads and writes to it.
    /// </summary>
    Guid? PatientId { get; }

    /// <summary>Name to record in audit entries ("system" for background work).</summary>
    string DisplayName { get; }

    bool IsInRole(string role);
}
