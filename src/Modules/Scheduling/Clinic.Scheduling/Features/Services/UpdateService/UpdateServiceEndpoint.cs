using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Services.UpdateService;

internal static class UpdateServiceEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPut("/services/{serviceId:guid}", async (Guid serviceId, UpdateService command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { ServiceId = serviceId }, cancellationToken)))
        .WithName("UpdateService")
        .WithSummary("Changes a treatment's details, duration, buffer or price.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
