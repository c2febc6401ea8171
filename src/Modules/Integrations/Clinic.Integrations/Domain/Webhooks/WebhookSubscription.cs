namespace Clinic.Integrations.Domain.Webhooks;

/// <summary>
/// An Admin's request that events of some types be POSTed to an HTTPS endpoint, signed with a secret only the
/// clinic and the receiver know. Secrets are kept protected (encrypted) by the caller; the domain only decides
/// which ones sign. A subscription that keeps failing switches itself off so a dead endpoint does not collect a
/// growing queue; an Admin switches it back on.
/// </summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Url { get; private set; } = "";

    /// <summary>Event type names ("appointment.booked"), comma-separated in storage.</summary>
    public string EventTypeList { get; private set; } = "";

    public IReadOnlyList<string> EventTypes => EventTypeList.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public string ProtectedSecret { get; private set; } = "";

    /// <summary>The first characters of the current secret, so an Admin can tell which one a receiver holds.</summary>
    public string SecretHint { get; private set; } = "";

    /// <summary>The secret before the last rotation; it still signs until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousProtectedSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public bool IsEnabled { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public string? DisabledReason { get; private set; }

    /// <summary>Attempts that failed in a row since the last success.</summary>
    public int ConsecutiveFailures { get; private set; }

    public DateTimeOffset? FailingSince { get; private set; }

    public DateTimeOffset? LastSuccessAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public static WebhookSubscription Create(string name, string url, IEnumerable<string> eventTypes, string protectedSecret, string secretHint, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Name = name.Trim(),
        Url = url.Trim(),
        EventTypeList = string.Join(',', eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        ProtectedSecret = protectedSecret,
        SecretHint = secretHint,
        IsEnabled = true,
        CreatedAt = now,
        CreatedBy = createdBy,
    };

    public bool Wants(string eventType) => IsEnabled && EventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>The secrets that sign a message sent at <paramref name="now"/>: the current one, and during the overlap the previous one.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousProtectedSecret is { } previous && PreviousSecretExpiresAt > now ? [ProtectedSecret, previous] : [ProtectedSecret];

    /// <summary>A new secret signs from now on; the old one keeps signing alongside it for <paramref name="overlap"/> so receivers can switch without losing a message.</summary>
    public void RotateSecret(string protectedSecret, string secretHint, TimeSpan overlap, DateTimeOffset now)
    {
        PreviousProtectedSecret = overlap > TimeSpan.Zero ? ProtectedSecret : null;
        PreviousSecretExpiresAt = overlap > TimeSpan.Zero ? now + overlap : null;
        ProtectedSecret = protectedSecret;
        SecretHint = secretHint;
    }

    public void Disable(string reason, DateTimeOffset now)
    {
        if (!IsEnabled)
        {
            return;
        }

        IsEnabled = false;
        DisabledAt = now;
        DisabledReason = reason;
    }

    public void Enable()
    {
        IsEnabled = true;
        DisabledAt = null;
        DisabledReason = null;
        ConsecutiveFailures = 0;
        FailingSince = null;
    }

    public void RecordSuccess(DateTimeOffset now)
    {
        ConsecutiveFailures = 0;
        FailingSince = null;
        LastSuccessAt = now;
        LastError = null;
    }

    /// <summary>Counts a failed attempt; returns true when this one made the subscription give up (it is now disabled).</summary>
    public bool RecordFailure(string error, int disableAfter, DateTimeOffset now)
    {
        ConsecutiveFailures++;
        FailingSince ??= now;
        LastError = error;
        if (!IsEnabled || ConsecutiveFailures < disableAfter)
        {
            return false;
        }

        Disable($"{ConsecutiveFailures} delivery attempts in a row failed; the last: {error}", now);
        return true;
    }
}
