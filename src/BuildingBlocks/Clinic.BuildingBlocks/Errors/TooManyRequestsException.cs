namespace Clinic.BuildingBlocks.Errors;

/// <summary>The caller asked too often for something that costs money or invites abuse (SMS, emails). Maps to 429 with Retry-After.</summary>
public sealed class TooManyRequestsException(string detail, TimeSpan retryAfter) : DomainException("Too many requests", detail)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
