using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.GetMyFormRequest;

internal static class GetMyFormRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/forms/requests/{requestId:guid}", async (Guid requestId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetMyFormRequest(requestId), cancellationToken)))
        .WithName("GetMyFormRequest")
        .WithSummary("One of the patient's forms with the version to answer, sign or read.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
