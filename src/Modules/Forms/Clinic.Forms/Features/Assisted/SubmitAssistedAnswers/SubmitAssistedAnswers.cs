using System.Text.Json.Serialization;
using Clinic.Forms.Domain.Answers;
using Mediator;

namespace Clinic.Forms.Features.Assisted.SubmitAssistedAnswers;

/// <summary>Sends answers the patient gave on a clinic device; recorded as staff-assisted under the staff member's account.</summary>
/// <param name="VersionId">The version on screen.</param>
/// <param name="Language">The language it was shown in.</param>
/// <param name="Answers">The patient's answers.</param>
public sealed record SubmitAssistedAnswers(Guid VersionId, string Language, IReadOnlyList<FormAnswer> Answers) : IRequest<FormRequestSummary>, ISubmissionRequest
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid RequestId { get; init; }
}
