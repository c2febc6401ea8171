using System.Text.Json.Serialization;
using Clinic.Forms.Domain.Answers;
using Mediator;

namespace Clinic.Forms.Features.Portal.SaveMyFormDraft;

/// <summary>Keeps unsent answers so leaving the page loses nothing (PP12). A draft may be incomplete but not malformed.</summary>
/// <param name="VersionId">The version on screen; an outdated one is refused with 409.</param>
/// <param name="Answers">The answers so far.</param>
public sealed record SaveMyFormDraft(Guid VersionId, IReadOnlyList<FormAnswer> Answers) : IRequest<DraftSaved>, IAnswersRequest
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid RequestId { get; init; }
}

/// <summary>When the draft was saved.</summary>
public sealed record DraftSaved(Guid RequestId, DateTimeOffset SavedAt);
