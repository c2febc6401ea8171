using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Policies.GetCancellationPolicy;

internal static class GetCancellationPolicyEndpoint
{
    public static void Map(IEndpointRouteBuilder catalog) => catalog
        .MapGet("/cancellation-policy", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetCancellationPolicy(), cancellationToken)))
        .WithName("GetCancellationPolicy")
        .WithSummary("The clinic's cancellation and rescheduling policy, as patients read it.");
}
