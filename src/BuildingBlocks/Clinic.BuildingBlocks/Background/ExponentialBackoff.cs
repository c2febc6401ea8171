namespace Clinic.BuildingBlocks.Background;

/// <summary>How long to wait before retrying work that failed, shared by every queue that retries (outbox, notifications).</summary>
public static class ExponentialBackoff
{
    /// <summary>
    /// <paramref name="baseDelay"/> doubled per failure, capped at <paramref name="maxDelay"/>, with ±20 % jitter
    /// so retries from many items that failed together do not arrive in lockstep.
    /// </summary>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(capped * jitter);
    }
}
