namespace Clinic.Scheduling.Features.Schedules;

/// <summary>A wall-clock range at the location, "HH:mm" to "HH:mm" (24:00 allowed as the end).</summary>
public sealed record TimeRange(string Start, string End);
