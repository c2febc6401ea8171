namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>
/// Five minutes of one provider's time, owned by one appointment or hold. The primary key
/// (ProviderId, Cell) makes two overlapping bookings impossible: the database refuses the second
/// insert whatever the concurrency, on SQLite and SQL Server alike (ADR 0010).
/// </summary>
internal sealed class ProviderTimeCell
{
    public const int Minutes = 5;
    private const long TicksPerCell = Minutes * TimeSpan.TicksPerMinute;

    private ProviderTimeCell() { }

    public Guid ProviderId { get; private set; }

    /// <summary>Index of the five-minute cell since 0001-01-01 UTC.</summary>
    public long Cell { get; private set; }

    public Guid OwnerId { get; private set; }

    /// <summary>Set for a hold's cells: after it they may be reclaimed; null for an appointment's.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public static bool IsAligned(DateTimeOffset instant) => instant.UtcTicks % TicksPerCell == 0;

    public static long CellOf(DateTimeOffset instant) => instant.UtcTicks / TicksPerCell;

    /// <summary>The cells covering [start, end); both ends must be on the five-minute grid.</summary>
    public static IEnumerable<ProviderTimeCell> Cover(Guid providerId, DateTimeOffset start, DateTimeOffset end, Guid ownerId, DateTimeOffset? expiresAt)
    {
        if (!IsAligned(start) || !IsAligned(end) || end <= start)
        {
            throw new ArgumentException($"Provider time is booked in {Minutes}-minute steps; got {start:O}–{end:O}.");
        }

        for (var cell = CellOf(start); cell < CellOf(end); cell++)
        {
            yield return new ProviderTimeCell { ProviderId = providerId, Cell = cell, OwnerId = ownerId, ExpiresAt = expiresAt };
        }
    }
}
