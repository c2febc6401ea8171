using System.Text.Json.Serialization;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Submissions;
using Mediator;

namespace Clinic.Forms.Features.Assisted.SignAssistedConsent;

/// <summary>The patient signs a consent on a clinic device; the evidence names the staff account and marks it staff-assisted.</summary>
/// <param name="VersionId">The version read.</param>
/// <param name="Language">The language it was read in.</param>
/// <param name="Answers">The acknowledgements and any questions.</param>
/// <param name="SignerName">The patient's full name, typed by the patient.</param>
/// <param name="SignatureMethod">Drawn or Typed.</param>
/// <param name="SignatureImage">For a drawn signature: a PNG data URL.</param>
public sealed record SignAssistedConsent(Guid VersionId, string Language, IReadOnlyList<FormAnswer> Answers, string SignerName, SignatureMethod SignatureMethod,
    string? SignatureImage) : IRequest<FormRequestSummary>, ISignatureRequest
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid RequestId { get; init; }
}
