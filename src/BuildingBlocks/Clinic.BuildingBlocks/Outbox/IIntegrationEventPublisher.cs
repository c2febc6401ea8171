using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.BuildingBlocks.Outbox;

/// <summary>Hands a revived event to its consumers; the outbox depends on this, not on the mediator directly.</summary>
public interface IIntegrationEventPublisher
{
    ValueTask PublishAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
