using Clinic.Scheduling.Contracts.Booking;
using Mediator;

namespace Clinic.Scheduling.Features.Booking.ExtendSlotHolds;

/// <summary>
/// Keeps the patient's held times while they are in the card step (the bank may take a while), up to the latest a
/// hold may live. The hold tokens prove who placed them.
/// </summary>
public sealed record ExtendSlotHolds(IReadOnlyList<HoldProof> Holds) : IRequest<IReadOnlyList<ExtendedHold>>;

/// <param name="HoldId">The hold.</param>
/// <param name="ExpiresAt">When it now lapses if the booking is not confirmed.</param>
public sealed record ExtendedHold(Guid HoldId, DateTimeOffset ExpiresAt);
