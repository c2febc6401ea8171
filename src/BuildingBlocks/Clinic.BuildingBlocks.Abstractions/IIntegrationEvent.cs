using Mediator;

namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>
/// A fact one module publishes for others. Stored in the producer's outbox in the same
/// transaction as the state change, then delivered in-process to every consumer.
/// </summary>
public interface IIntegrationEvent : INotification
{
    /// <summary>Unique per occurrence; consumers use it to ignore redeliveries.</summary>
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
