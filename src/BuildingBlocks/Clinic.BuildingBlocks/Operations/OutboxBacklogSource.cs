using Clinic.BuildingBlocks.Persistence;

namespace Clinic.BuildingBlocks.Operations;

/// <summary>Every module's outbox, one queue each.</summary>
internal sealed class OutboxBacklogSource(IEnumerable<IModuleDatabase> databases) : IBacklogSource
{
    public async Task<IReadOnlyList<BacklogReading>> ReadAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var readings = new List<BacklogReading>();
        foreach (var database in databases)
        {
            readings.Add(await database.ReadOutboxBacklogAsync(services, now, cancellationToken));
        }

        return readings;
    }
}
