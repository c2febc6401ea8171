using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Services.CreateService;

internal static class CreateServiceEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPost("/services", async (CreateService command, ISender sender, CancellationToken cancellationToken) =>
        {
            var service = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/catalog/services/{service.Id}", service);
        })
        .WithName("CreateService")
        .WithSummary("Adds a treatment to the catalog.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
