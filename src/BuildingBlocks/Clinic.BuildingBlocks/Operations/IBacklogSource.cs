namespace Clinic.BuildingBlocks.Operations;

/// <summary>A queue of background work (a module's outbox, the email/SMS delivery queue) that operators must see.</summary>
public interface IBacklogSource
{
    Task<IReadOnlyList<BacklogReading>> ReadAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);
}
