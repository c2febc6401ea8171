namespace Clinic.Forms.Domain.Audit;

/// <summary>Who did something, as authentication established it, and from where (BY5).</summary>
/// <param name="Kind">Patient, staff, API key or system.</param>
/// <param name="Id">User id, "api-key:{id}", or "system".</param>
/// <param name="Name">Name to show: the person's or the key's.</param>
/// <param name="Roles">Staff roles at the time, comma-separated.</param>
/// <param name="IpAddress">Client address (after trusted proxies).</param>
/// <param name="UserAgent">The client's User-Agent header.</param>
internal sealed record Actor(ActorKind Kind, string Id, string Name, string? Roles, string? IpAddress, string? UserAgent)
{
    public static Actor System { get; } = new(ActorKind.System, "system", "system", null, null, null);
}
