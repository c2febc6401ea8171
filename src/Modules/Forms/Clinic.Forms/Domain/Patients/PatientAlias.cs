namespace Clinic.Forms.Domain.Patients;

/// <summary>
/// A profile staff merged into another (Identity's PatientsMerged). Signed consents, answers and audit entries
/// are never rewritten, so they keep the id they were made under; reading a patient's records includes the
/// profiles merged into it through these rows.
/// </summary>
internal sealed class PatientAlias
{
    private PatientAlias() { }

    public PatientAlias(Guid mergedPatientId, Guid survivingPatientId, DateTimeOffset mergedAt)
    {
        MergedPatientId = mergedPatientId;
        SurvivingPatientId = survivingPatientId;
        MergedAt = mergedAt;
    }

    public Guid MergedPatientId { get; private set; }

    public Guid SurvivingPatientId { get; private set; }

    public DateTimeOffset MergedAt { get; private set; }

    /// <summary>The survivor was itself merged later: everything merged into it follows.</summary>
    public void RedirectTo(Guid survivingPatientId) => SurvivingPatientId = survivingPatientId;
}
