using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Categories.CreateServiceCategory;

internal static class CreateServiceCategoryEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPost("/categories", async (CreateServiceCategory command, ISender sender, CancellationToken cancellationToken) =>
        {
            var category = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/catalog/categories/{category.Id}", category);
        })
        .WithName("CreateServiceCategory")
        .WithSummary("Adds a service category to the booking page.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict);
}
