namespace Clinic.Forms.Domain.Audit;

public enum AuditAction
{
    /// <summary>Opened and read on screen or through the API.</summary>
    Viewed,
    Created,
    Updated,
    DraftSaved,
    Submitted,
    Signed,

    /// <summary>Instructions confirmed as read by the patient.</summary>
    Read,
    Downloaded,
    Exported,
    Verified,

    /// <summary>A stored signed document no longer matches the fingerprint taken when it was signed.</summary>
    IntegrityCheckFailed,
    PatientsMerged,
}
