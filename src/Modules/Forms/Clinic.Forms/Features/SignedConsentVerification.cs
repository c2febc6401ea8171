namespace Clinic.Forms.Features;

/// <summary>Whether a signed consent's stored PDF and text are still what was signed.</summary>
/// <param name="SubmissionId">The signature checked.</param>
/// <param name="Intact">The stored PDF hashes to the fingerprint taken at signing, and the version's text to the one shown.</param>
/// <param name="RecordedPdfSha256">SHA-256 recorded when the PDF was produced.</param>
/// <param name="StoredPdfSha256">SHA-256 of the PDF stored now.</param>
/// <param name="PdfMatches">The two PDF hashes are equal.</param>
/// <param name="TextSha256">SHA-256 of the consent text recorded at signing.</param>
/// <param name="TextMatchesVersion">The stored version, in the language shown, still hashes to it.</param>
/// <param name="SignedAt">When it was signed.</param>
/// <param name="CheckedAt">When this check ran.</param>
public sealed record SignedConsentVerification(Guid SubmissionId, bool Intact, string RecordedPdfSha256, string StoredPdfSha256, bool PdfMatches,
    string TextSha256, bool TextMatchesVersion, DateTimeOffset SignedAt, DateTimeOffset CheckedAt);
