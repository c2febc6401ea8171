using System.Collections.Concurrent;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;

namespace Clinic.IntegrationTests.Outbox;

/// <summary>Stands in for the consumers: records every delivery and fails the first N of each event on request.</summary>
public sealed class ScriptedPublisher : IIntegrationEventPublisher
{
    private readonly ConcurrentDictionary<Guid, int> attempts = new();

    public ConcurrentBag<IIntegrationEvent> Delivered { get; } = [];

    public int FailuresPerEvent { get; set; }

    public ValueTask PublishAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var attempt = attempts.AddOrUpdate(integrationEvent.EventId, 1, (_, n) => n + 1);
        if (attempt <= FailuresPerEvent)
        {
            throw new InvalidOperationException($"consumer unavailable (attempt {attempt})");
        }

        Delivered.Add(integrationEvent);
        return ValueTask.CompletedTask;
    }
}
