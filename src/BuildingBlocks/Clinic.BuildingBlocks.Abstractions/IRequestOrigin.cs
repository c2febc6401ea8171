namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>
/// Where the current request comes from, for evidence and audit trails: the client's address (as the trusted
/// proxies report it) and its User-Agent header. Both null for background work.
/// </summary>
public interface IRequestOrigin
{
    string? IpAddress { get; }

    string? UserAgent { get; }
}
