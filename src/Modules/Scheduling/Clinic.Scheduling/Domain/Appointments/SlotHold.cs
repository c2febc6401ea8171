namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>A few minutes' claim on a provider's time while a patient finishes booking; it lapses by itself.</summary>
internal sealed class SlotHold
{
    private SlotHold() { }

    public Guid Id { get; private set; }

    public Guid ProviderId { get; private set; }

    public Guid LocationId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset OccupiedUntil { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public static SlotHold Place(Guid providerId, Guid locationId, DateTimeOffset startsAt, DateTimeOffset occupiedUntil, DateTimeOffset expiresAt) => new()
    {
        Id = Guid.NewGuid(),
        ProviderId = providerId,
        LocationId = locationId,
        StartsAt = startsAt,
        OccupiedUntil = occupiedUntil,
        ExpiresAt = expiresAt,
    };
}
