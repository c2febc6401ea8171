using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.GetMyForms;

internal static class GetMyFormsEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/forms", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new GetMyForms(), cancellationToken)))
        .WithName("GetMyForms")
        .WithSummary("The signed-in patient's forms: action required before each visit, aftercare, earlier documents.");
}
