using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Categories.UpdateServiceCategory;

internal static class UpdateServiceCategoryEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPut("/categories/{categoryId:guid}", async (Guid categoryId, UpdateServiceCategory command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { CategoryId = categoryId }, cancellationToken)))
        .WithName("UpdateServiceCategory")
        .WithSummary("Renames, describes or reorders a service category.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
