using Clinic.BuildingBlocks.Abstractions;
using Mediator;

namespace Clinic.BuildingBlocks.Outbox;

internal sealed class MediatorIntegrationEventPublisher(IPublisher publisher) : IIntegrationEventPublisher
{
    public ValueTask PublishAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        publisher.Publish(integrationEvent, cancellationToken);
}
