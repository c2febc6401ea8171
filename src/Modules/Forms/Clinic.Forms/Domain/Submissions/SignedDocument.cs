namespace Clinic.Forms.Domain.Submissions;

/// <summary>The signed consent's PDF, kept apart from the submission so listing documents never loads the files.</summary>
internal sealed class SignedDocument
{
    private SignedDocument() { }

    public SignedDocument(Guid submissionId, byte[] pdf, DateTimeOffset createdAt)
    {
        SubmissionId = submissionId;
        Pdf = pdf;
        CreatedAt = createdAt;
    }

    public Guid SubmissionId { get; private set; }

    public byte[] Pdf { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
}
