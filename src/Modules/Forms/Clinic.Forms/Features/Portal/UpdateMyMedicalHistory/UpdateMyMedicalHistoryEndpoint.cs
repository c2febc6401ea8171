using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.UpdateMyMedicalHistory;

internal static class UpdateMyMedicalHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapPut("/medical-history", async (UpdateMyMedicalHistory command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("UpdateMyMedicalHistory")
        .WithSummary("Saves the patient's medical history as a new version.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict);
}
