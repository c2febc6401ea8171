using System.Text.Json.Serialization;
using Clinic.Forms.Domain.Answers;
using Mediator;

namespace Clinic.Forms.Features.Portal.SubmitMyAnswers;

/// <summary>
/// Sends a questionnaire's answers (PP12). They are checked item by item against the version shown and then never
/// change; answering again (before the visit) makes a new submission that supersedes this one, and both are kept.
/// </summary>
/// <param name="VersionId">The version on screen; an outdated one is refused with 409.</param>
/// <param name="Language">The language the form was shown in: "es" or "en".</param>
/// <param name="Answers">One answer per item answered.</param>
public sealed record SubmitMyAnswers(Guid VersionId, string Language, IReadOnlyList<FormAnswer> Answers) : IRequest<FormRequestSummary>, ISubmissionRequest
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid RequestId { get; init; }
}
