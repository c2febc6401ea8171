using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Assisted.OpenAssistedRequest;

internal static class OpenAssistedRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder requests) => requests
        .MapGet("/{requestId:guid}", async (Guid requestId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new OpenAssistedRequest(requestId), cancellationToken)))
        .WithName("OpenAssistedRequest")
        .WithSummary("A patient's request, blank, to fill in with them on a clinic device.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
