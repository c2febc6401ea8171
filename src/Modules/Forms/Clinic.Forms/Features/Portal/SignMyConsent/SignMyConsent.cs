using System.Text.Json.Serialization;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Submissions;
using Mediator;

namespace Clinic.Forms.Features.Portal.SignMyConsent;

/// <summary>
/// Signs a consent (PP12): every acknowledgement ticked, the full name typed, and a drawn signature (or the typed
/// name as the keyboard alternative). The evidence and a signed PDF are stored; the PDF's SHA-256 is kept to prove it unchanged.
/// </summary>
/// <param name="VersionId">The version read; an outdated one is refused with 409.</param>
/// <param name="Language">The language it was read in: "es" or "en".</param>
/// <param name="Answers">The acknowledgements (acknowledged: true) and any questions of the consent.</param>
/// <param name="SignerName">The patient's full name, as typed.</param>
/// <param name="SignatureMethod">Drawn or Typed.</param>
/// <param name="SignatureImage">For a drawn signature: a PNG data URL (data:image/png;base64,…), at most 200 KB.</param>
public sealed record SignMyConsent(Guid VersionId, string Language, IReadOnlyList<FormAnswer> Answers, string SignerName, SignatureMethod SignatureMethod,
    string? SignatureImage) : IRequest<FormRequestSummary>, ISignatureRequest
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid RequestId { get; init; }
}
