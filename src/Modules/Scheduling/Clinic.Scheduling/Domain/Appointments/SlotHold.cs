using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.BuildingBlocks.Security;

namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>
/// A few minutes' claim on a provider's time while a patient finishes booking. Whoever placed it
/// holds a secret token (only its hash is stored); it lapses by itself at <see cref="ExpiresAt"/>.
/// </summary>
internal sealed class SlotHold
{
    private SlotHold() { }

    public Guid Id { get; private set; }

    public Guid ProviderId { get; private set; }

    public Guid LocationId { get; private set; }

    /// <summary>Services in the order they will be performed.</summary>
    public List<Guid> ServiceIds { get; private set; } = [];

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset OccupiedUntil { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public string TokenHash { get; private set; } = "";

    /// <summary>When the patient placed it: extensions (the card step) are measured from here.</summary>
    public DateTimeOffset PlacedAt { get; private set; }

    public static SlotHold Place(
        Guid providerId, Guid locationId, IReadOnlyList<Guid> serviceIds, DateTimeOffset startsAt, DateTimeOffset endsAt,
        DateTimeOffset occupiedUntil, DateTimeOffset expiresAt, string tokenHash, DateTimeOffset? placedAt = null) => new()
    {
        PlacedAt = placedAt ?? expiresAt,
        Id = Guid.NewGuid(),
        ProviderId = providerId,
        LocationId = locationId,
        ServiceIds = [.. serviceIds],
        StartsAt = startsAt,
        EndsAt = endsAt,
        OccupiedUntil = occupiedUntil,
        ExpiresAt = expiresAt,
        TokenHash = tokenHash,
    };

    public bool IsExpired(DateTimeOffset now) => ExpiresAt <= now;

    /// <summary>
    /// Keeps the time a while longer (the patient is in the card step, waiting for the bank), never past the latest
    /// expiry the clinic's settings allow for a hold; a lapsed hold cannot be revived, its time may be someone else's.
    /// </summary>
    public void Extend(BookingSettings settings, DateTimeOffset now)
    {
        if (IsExpired(now))
        {
            throw new ConflictException("Your hold on this time has expired. Please choose the time again.");
        }

        var wanted = settings.HoldExpiry(now);
        var latest = settings.HoldLatestExpiry(PlacedAt);
        ExpiresAt = wanted < latest ? wanted : latest;
    }

    /// <summary>Whoever shows the token placed the hold; a wrong token is treated like a missing hold, so ids reveal nothing.</summary>
    public bool IsHeldBy(string? token) => SecretToken.Matches(token, TokenHash);
}
