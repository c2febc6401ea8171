namespace Clinic.BuildingBlocks.Outbox;

/// <summary>
/// An integration event waiting to be delivered. Written in the same transaction as the state
/// change that raised it, so the two are stored together or not at all.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public Guid Id { get; private set; }

    /// <summary>Full name of the event's CLR type; resolved through <see cref="IntegrationEventTypes"/>.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public int Attempts { get; internal set; }

    public DateTimeOffset NextAttemptAt { get; internal set; }

    /// <summary>While in the future, the instance holding <see cref="LockToken"/> owns delivery.</summary>
    public DateTimeOffset? LockedUntil { get; internal set; }

    public Guid? LockToken { get; internal set; }

    public DateTimeOffset? ProcessedAt { get; internal set; }

    public DateTimeOffset? DeadLetteredAt { get; internal set; }

    public string? LastError { get; internal set; }

    public OutboxMessageStatus Status =>
        ProcessedAt is not null ? OutboxMessageStatus.Delivered
        : DeadLetteredAt is not null ? OutboxMessageStatus.DeadLettered
        : Attempts > 0 ? OutboxMessageStatus.Retrying
        : OutboxMessageStatus.Pending;

    internal static OutboxMessage Create(Guid id, string type, string payload, DateTimeOffset occurredAt) => new()
    {
        Id = id,
        Type = type,
        Payload = payload,
        OccurredAt = occurredAt,
        NextAttemptAt = occurredAt,
    };
}
