using Mediator;

namespace Clinic.Scheduling.Features.Booking.ReleaseSlotHold;

/// <summary>Gives a held time back (the patient changed their mind); needs the hold's token.</summary>
public sealed record ReleaseSlotHold(Guid HoldId, string? HoldToken) : IRequest;
