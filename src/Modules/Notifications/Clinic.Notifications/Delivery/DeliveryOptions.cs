namespace Clinic.Notifications.Delivery;

/// <summary>Configuration section "Notifications:Delivery": how messages are paced, retried and given up on.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notifications:Delivery";

    /// <summary>How often an idle sender looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failed attempts a message is dead and waits for staff.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a sender owns a claimed message; a crashed instance's messages are picked up after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Off in tests that drive <see cref="MessageDeliveryProcessor"/> by hand.</summary>
    public bool RunSender { get; set; } = true;
}
