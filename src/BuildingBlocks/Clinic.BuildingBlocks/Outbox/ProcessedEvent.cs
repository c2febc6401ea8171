namespace Clinic.BuildingBlocks.Outbox;

/// <summary>
/// Marks that one consumer has handled one event, stored in the consumer's own database in the
/// same transaction as the consumer's effects, so a redelivered event changes nothing.
/// </summary>
public sealed class ProcessedEvent
{
    private ProcessedEvent() { }

    public ProcessedEvent(Guid eventId, string consumer, DateTimeOffset processedAt)
    {
        EventId = eventId;
        Consumer = consumer;
        ProcessedAt = processedAt;
    }

    public Guid EventId { get; private set; }

    public string Consumer { get; private set; } = "";

    public DateTimeOffset ProcessedAt { get; private set; }
}
