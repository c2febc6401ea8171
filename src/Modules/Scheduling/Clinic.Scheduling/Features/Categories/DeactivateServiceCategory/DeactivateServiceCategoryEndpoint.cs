using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Categories.DeactivateServiceCategory;

internal static class DeactivateServiceCategoryEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPost("/categories/{categoryId:guid}/deactivate", async (Guid categoryId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new DeactivateServiceCategory(categoryId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("DeactivateServiceCategory")
        .WithSummary("Hides a category and its services from the booking page.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
