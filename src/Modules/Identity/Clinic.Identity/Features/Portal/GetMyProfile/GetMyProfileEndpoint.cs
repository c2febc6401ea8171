using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Portal.GetMyProfile;

internal static class GetMyProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/profile", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetMyProfile(), cancellationToken)))
        .WithName("GetMyProfile")
        .WithSummary("The signed-in patient's own profile.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
