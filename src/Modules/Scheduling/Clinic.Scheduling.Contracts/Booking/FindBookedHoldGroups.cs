using Mediator;

namespace Clinic.Scheduling.Contracts.Booking;

/// <summary>
/// Which of these hold groups (ADR 0012) became a booking? Wallet asks before it releases an authorization no booking
/// seemed to claim, so a booking whose event is still on its way never loses its deposit.
/// </summary>
public sealed record FindBookedHoldGroups(IReadOnlyList<string> HoldKeys) : IRequest<IReadOnlyList<string>>;
