using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Forms.Features.Builder.SetServiceForms;

/// <summary>Replaces the forms assigned to one service (the service editor's view of the same links).</summary>
/// <param name="FormIds">Forms to request for the service; archived forms cannot be added.</param>
public sealed record SetServiceForms(IReadOnlyList<Guid> FormIds) : IRequest<IReadOnlyList<FormSummary>>
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid ServiceId { get; init; }
}
