namespace Clinic.Identity.Domain.Patients;

/// <summary>How a profile came to exist.</summary>
public enum PatientSource
{
    Staff,
    Registration,
    Booking,
}
