using System.Text.Json.Serialization;
using Clinic.Forms.Domain.Forms;
using Mediator;

namespace Clinic.Forms.Features.Builder.UpdateForm;

/// <summary>Saves the draft. Patients keep seeing the current version until the draft is published.</summary>
/// <param name="Content">Title, introduction and items.</param>
/// <param name="Revision">The revision the edit started from (from <see cref="FormDetails.Revision"/>).</param>
/// <param name="ReuseAnswersForDays">Questionnaires only (1–365), or null to ask every visit.</param>
public sealed record UpdateForm(FormContent Content, Guid Revision, int? ReuseAnswersForDays = null) : IRequest<FormDetails>
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid FormId { get; init; }
}
