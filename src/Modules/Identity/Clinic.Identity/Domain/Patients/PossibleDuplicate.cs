namespace Clinic.Identity.Domain.Patients;

/// <summary>A newer profile that looks like the same person as an older one; staff merge or dismiss it.</summary>
internal sealed class PossibleDuplicate
{
    private PossibleDuplicate() { }

    public Guid Id { get; private set; }

    /// <summary>The profile created later.</summary>
    public Guid PatientId { get; private set; }

    public Guid DuplicateOfId { get; private set; }

    public DuplicateReason Reason { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    public static PossibleDuplicate Of(Patient newer, Patient older, DuplicateReason reason, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        PatientId = newer.Id,
        DuplicateOfId = older.Id,
        Reason = reason,
        DetectedAt = now,
    };

    public bool Involves(Guid patientId) => PatientId == patientId || DuplicateOfId == patientId;
}
