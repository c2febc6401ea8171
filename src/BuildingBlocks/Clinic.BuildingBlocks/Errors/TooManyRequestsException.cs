namespace Clinic.BuildingBlocks.Errors;

/// <summary>The caller asked too often for something that costs money or invites abuse (SMS, emails). Maps to 429 with Retry-After.</summary>
/// <param name="extensions">Machine-readable details, e.g. which limit was reached, so a client can name the real reason.</param>
public sealed class TooManyRequestsException(string detail, TimeSpan retryAfter, IReadOnlyDictionary<string, object?>? extensions = null)
    : DomainException("Too many requests", detail)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public override IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
