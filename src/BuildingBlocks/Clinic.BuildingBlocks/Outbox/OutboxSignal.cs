using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clinic.BuildingBlocks.Outbox;

/// <summary>
/// Wakes the dispatchers as soon as a save in this process stored an event, so delivery does not
/// wait for the next poll. Other processes still find the message on their poll.
/// </summary>
public sealed class OutboxSignal : SaveChangesInterceptor
{
    private readonly SemaphoreSlim signal = new(0, int.MaxValue);
    private readonly AsyncLocal<bool> eventsPending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        eventsPending.Value = eventData.Context?.ChangeTracker.Entries<OutboxMessage>()
            .Any(e => e.State == EntityState.Added) == true;
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventsPending.Value)
        {
            eventsPending.Value = false;
            signal.Release();
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>Waits for a new event or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        signal.WaitAsync(timeout, cancellationToken);
}
