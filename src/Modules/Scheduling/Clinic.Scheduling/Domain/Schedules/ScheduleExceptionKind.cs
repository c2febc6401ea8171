namespace Clinic.Scheduling.Domain.Schedules;

public enum ScheduleExceptionKind
{
    /// <summary>A provider is away (whole or part day), at every location.</summary>
    TimeOff,

    /// <summary>A provider works extra hours at a location on that date.</summary>
    ExtraHours,

    /// <summary>A location is closed (holiday, works): nobody can be booked there.</summary>
    LocationClosed,
}
