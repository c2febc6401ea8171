namespace Clinic.Forms.Domain.Visits;

/// <summary>Where the appointment is in its life, as Scheduling last told Forms.</summary>
public enum VisitStatus
{
    Booked,
    Started,
    Completed,
    Cancelled,
    NoShow,
}
