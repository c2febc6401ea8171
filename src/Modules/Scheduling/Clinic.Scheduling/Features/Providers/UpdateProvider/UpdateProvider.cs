using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Scheduling.Features.Providers.UpdateProvider;

public sealed record UpdateProvider(
    string DisplayName,
    string? Title,
    string? Bio,
    string? PhotoUrl,
    IReadOnlyList<Guid> ServiceIds,
    IReadOnlyList<Guid> LocationIds) : IRequest<ProviderResponse>, IProviderFields
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid ProviderId { get; init; }
}
