using System.Text.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Persistence;

namespace Clinic.BuildingBlocks.Outbox;

public static class OutboxPublishing
{
    internal static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Queues an event for delivery to other modules. It is stored only if the caller's next
    /// SaveChanges succeeds, together with the state change that raised it.
    /// </summary>
    public static void Publish(this IModuleDbContext db, IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        db.OutboxMessages.Add(OutboxMessage.Create(
            integrationEvent.EventId,
            IntegrationEventTypes.NameOf(type),
            JsonSerializer.Serialize(integrationEvent, type, EventJson),
            integrationEvent.OccurredAt));
    }
}
