using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Services.DeactivateService;

internal static class DeactivateServiceEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPost("/services/{serviceId:guid}/deactivate", async (Guid serviceId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new DeactivateService(serviceId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("DeactivateService")
        .WithSummary("Withdraws a treatment from online and staff booking.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
