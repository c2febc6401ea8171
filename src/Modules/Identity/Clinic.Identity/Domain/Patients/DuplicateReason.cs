namespace Clinic.Identity.Domain.Patients;

/// <summary>Why two profiles look like the same person.</summary>
public enum DuplicateReason
{
    SamePhone,
    SameNameAndBirthDate,
}
