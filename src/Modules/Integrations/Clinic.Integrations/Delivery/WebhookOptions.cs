namespace Clinic.Integrations.Delivery;

/// <summary>Configuration section "Integrations:Webhooks": how webhooks are sent, retried and given up on, and where they may go.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Integrations:Webhooks";

    /// <summary>
    /// Lets subscriptions target http:// and loopback or private addresses (a receiver on the developer's machine, a
    /// test's local listener). Off by default; Production refuses to start with it on.
    /// </summary>
    public bool AllowUnsafeTargets { get; set; }

    /// <summary>How often an idle sender looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failed attempts a delivery is failed and waits for an Admin to redeliver it.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>A subscription whose attempts fail this many times in a row (across its deliveries) is disabled and its Admins emailed.</summary>
    public int DisableAfterFailedAttempts { get; set; } = 20;

    /// <summary>How long a sender owns a claimed delivery; a crashed instance's deliveries are picked up after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a receiver has to answer one attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>After a rotation, how long the previous secret keeps signing alongside the new one unless the Admin says otherwise.</summary>
    public TimeSpan DefaultSecretOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Off in tests that drive <see cref="WebhookDeliveryProcessor"/> by hand.</summary>
    public bool RunSender { get; set; } = true;
}
