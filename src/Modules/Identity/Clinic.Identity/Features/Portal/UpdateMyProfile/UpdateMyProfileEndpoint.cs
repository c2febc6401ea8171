using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Portal.UpdateMyProfile;

internal static class UpdateMyProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapPut("/profile", async (UpdateMyProfile command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("UpdateMyProfile")
        .WithSummary("Changes the signed-in patient's name, phone, birth date, address, language and marketing consent.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
