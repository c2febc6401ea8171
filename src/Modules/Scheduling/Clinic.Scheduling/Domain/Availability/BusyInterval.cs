namespace Clinic.Scheduling.Domain.Availability;

/// <summary>Time a provider cannot start anything in, [Start, End) as instants.</summary>
internal readonly record struct BusyInterval(DateTimeOffset Start, DateTimeOffset End);
