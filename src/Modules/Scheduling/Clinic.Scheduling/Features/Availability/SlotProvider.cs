namespace Clinic.Scheduling.Features.Availability;

public sealed record SlotProvider(Guid Id, string DisplayName, string? Title);
