namespace Clinic.Scheduling.Domain.Appointments;

public enum AppointmentStatus
{
    Booked,
    Started,
    Completed,
    Cancelled,
    NoShow,
}
