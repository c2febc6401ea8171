using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Forms.Features.Builder.SetFormServices;

/// <summary>
/// Replaces the services this form is requested for (ST3). Visits still ahead with an added service get the form;
/// pending requests of visits that no longer need it are withdrawn.
/// </summary>
/// <param name="ServiceIds">The catalog's service ids (GET /api/admin/catalog).</param>
public sealed record SetFormServices(IReadOnlyList<Guid> ServiceIds) : IRequest<FormDetails>
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid FormId { get; init; }
}
