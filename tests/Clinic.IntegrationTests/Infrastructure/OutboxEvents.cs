using System.Text.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Infrastructure;

internal static class OutboxEvents
{
    /// <summary>The integration events of one type a module stored in its outbox, oldest first.</summary>
    public static async Task<List<TEvent>> OutboxEventsAsync<TContext, TEvent>(this ClinicApiFactory factory)
        where TContext : DbContext, IModuleDbContext
        where TEvent : IIntegrationEvent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var type = IntegrationEventTypes.NameOf(typeof(TEvent));
        var payloads = await scope.ServiceProvider.GetRequiredService<TContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == type).OrderBy(m => m.OccurredAt).Select(m => m.Payload).ToListAsync();
        return payloads.Select(p => JsonSerializer.Deserialize<TEvent>(p, HttpAssertions.Json)!).ToList();
    }
}
