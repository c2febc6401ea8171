using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.GetMyMedicalHistory;

internal static class GetMyMedicalHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/medical-history", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetMyMedicalHistory(), cancellationToken)))
        .WithName("GetMyMedicalHistory")
        .WithSummary("The signed-in patient's medical history and its changes.");
}
