using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Patients.GetPortalActivationSummary;

internal static class GetPortalActivationSummaryEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapGet("/activation", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPortalActivationSummary(), cancellationToken)))
        .WithName("GetPortalActivationSummary")
        .WithSummary("How many patients have never logged in to the portal, and how many 'Activate now' would email.");
}
