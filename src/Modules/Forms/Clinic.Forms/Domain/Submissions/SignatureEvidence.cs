namespace Clinic.Forms.Domain.Submissions;

/// <summary>
/// What proves who signed what (PP12): the typed name and the signature, and the SHA-256 of the exact consent
/// text shown (the version in the language it was read in). Time, address, user agent and appointment are on the submission.
/// </summary>
internal sealed record SignatureEvidence(string SignerName, SignatureMethod Method, byte[]? SignaturePng, string TextSha256);
