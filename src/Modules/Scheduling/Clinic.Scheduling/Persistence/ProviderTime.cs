using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Scheduling.Domain.Appointments;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Persistence;

/// <summary>
/// Claims and frees providers' time cells inside the caller's transaction (ADR 0010). A claim that collides with
/// another owner's cell fails on the primary key at SaveChanges; <see cref="SaveOrConflictAsync"/> turns that into
/// a 409 the patient can act on.
/// </summary>
internal static class ProviderTime
{
    public static async Task ClaimProviderTimeAsync(
        this SchedulingDbContext db, Guid providerId, DateTimeOffset start, DateTimeOffset end, Guid ownerId, DateTimeOffset? expiresAt,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Cells of lapsed holds may be taken over; deleting them first keeps the key check about live owners only.
        var first = ProviderTimeCell.CellOf(start);
        var last = ProviderTimeCell.CellOf(end);
        await db.ProviderTimeCells
            .Where(c => c.ProviderId == providerId && c.Cell >= first && c.Cell < last && c.ExpiresAt != null && c.ExpiresAt <= now)
            .ExecuteDeleteAsync(cancellationToken);
        db.ProviderTimeCells.AddRange(ProviderTimeCell.Cover(providerId, start, end, ownerId, expiresAt));
    }

    public static Task ReleaseProviderTimeAsync(this SchedulingDbContext db, Guid ownerId, CancellationToken cancellationToken) =>
        db.ProviderTimeCells.Where(c => c.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// The hold's cells become the appointment's: the time is never free in between. False when the hold no longer
    /// owns them (it lapsed and someone else took the time).
    /// </summary>
    public static async Task<bool> HandOverProviderTimeAsync(this SchedulingDbContext db, Guid holdId, Guid appointmentId, CancellationToken cancellationToken) =>
        await db.ProviderTimeCells.Where(c => c.OwnerId == holdId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.OwnerId, appointmentId).SetProperty(c => c.ExpiresAt, (DateTimeOffset?)null), cancellationToken) > 0;

    public static async Task SaveOrConflictAsync(this SchedulingDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            throw new ConflictException("Someone has just taken this time. Please choose another time.");
        }
    }
}
