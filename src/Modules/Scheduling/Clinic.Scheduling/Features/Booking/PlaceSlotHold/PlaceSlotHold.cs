using Mediator;

namespace Clinic.Scheduling.Features.Booking.PlaceSlotHold;

/// <summary>
/// Keeps a start time returned by the availability search for the patient while they finish booking.
/// Leave <see cref="ProviderId"/> empty for the first available provider at that time.
/// </summary>
public sealed record PlaceSlotHold(Guid LocationId, IReadOnlyList<Guid> ServiceIds, Guid? ProviderId, DateTimeOffset StartsAt)
    : IRequest<SlotHoldResponse>;

/// <param name="HoldToken">Secret proof that this caller placed the hold; needed to confirm or release it. Shown once.</param>
/// <param name="HoldId">Identifies the hold.</param>
/// <param name="ExpiresAt">When the time is released if the booking is not confirmed.</param>
/// <param name="ProviderId">Who will perform the services.</param>
/// <param name="ProviderName">Their name as patients see it.</param>
/// <param name="LocationId">Where.</param>
/// <param name="TimeZone">The location's IANA zone.</param>
/// <param name="StartsAt">Start, with the location's offset.</param>
/// <param name="EndsAt">End of the last service, with the location's offset.</param>
/// <param name="ServiceIds">Services in the order performed.</param>
public sealed record SlotHoldResponse(
    Guid HoldId, string HoldToken, DateTimeOffset ExpiresAt, Guid ProviderId, string ProviderName, Guid LocationId, string TimeZone,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<Guid> ServiceIds);
