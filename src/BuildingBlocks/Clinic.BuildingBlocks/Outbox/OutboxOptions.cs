namespace Clinic.BuildingBlocks.Outbox;

/// <summary>Configuration section "Outbox": how delivery is paced and when it gives up.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often an idle dispatcher looks for due messages (a save in this process wakes it sooner).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failed deliveries a message is dead-lettered and shown to staff.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a claim lasts; a crashed instance's messages become claimable again after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Off in tests that drive <see cref="OutboxProcessor{TContext}"/> by hand ("BackgroundWork:Enabled" turns off every worker).</summary>
    public bool RunDispatchers { get; set; } = true;
}
