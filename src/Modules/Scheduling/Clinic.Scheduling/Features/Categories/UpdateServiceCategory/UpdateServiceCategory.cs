using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Scheduling.Features.Categories.UpdateServiceCategory;

public sealed record UpdateServiceCategory(string Name, string? Description, int SortOrder)
    : IRequest<ServiceCategoryResponse>, IServiceCategoryFields
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid CategoryId { get; init; }
}
