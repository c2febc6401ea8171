namespace Clinic.Scheduling.Domain.Availability;

public sealed record AvailableDay(DateOnly Date, IReadOnlyList<AvailableSlot> Slots);
