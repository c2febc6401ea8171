using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Booking;

/// <summary>
/// Claims and frees providers' time cells inside the caller's transaction. A claim that collides with
/// another owner's cell fails on the primary key at SaveChanges; <see cref="SaveOrConflictAsync"/> turns
/// that into a 409 the patient can act on.
/// </summary>
internal static class ProviderTime
{
    public static async Task ClaimAsync(
        SchedulingDbContext db, Guid providerId, DateTimeOffset start, DateTimeOffset end, Guid ownerId, DateTimeOffset? expiresAt,
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

    public static Task ReleaseAsync(SchedulingDbContext db, Guid ownerId, CancellationToken cancellationToken) =>
        db.ProviderTimeCells.Where(c => c.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken);

    public static async Task SaveOrConflictAsync(SchedulingDbContext db, CancellationToken cancellationToken)
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
