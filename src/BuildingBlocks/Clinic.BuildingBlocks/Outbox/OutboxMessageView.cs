namespace Clinic.BuildingBlocks.Outbox;

public sealed record OutboxMessageView(
    string Module,
    Guid Id,
    string Type,
    OutboxMessageStatus Status,
    DateTimeOffset OccurredAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? ProcessedAt,
    DateTimeOffset? DeadLetteredAt,
    string? LastError);
