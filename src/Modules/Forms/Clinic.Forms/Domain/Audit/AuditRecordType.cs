namespace Clinic.Forms.Domain.Audit;

/// <summary>The kind of clinical record an audit entry is about.</summary>
public enum AuditRecordType
{
    MedicalHistory,
    QuestionnaireAnswers,
    Consent,
    SignedDocument,
    FormRequest,
    Patient,
}
