using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Policies.UpdateCancellationPolicy;

internal static class UpdateCancellationPolicyEndpoint
{
    public static void Map(IEndpointRouteBuilder schedules) => schedules
        .MapPut("/cancellation-policy", async (UpdateCancellationPolicy command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("UpdateCancellationPolicy")
        .WithSummary("Publishes a new version of the cancellation and rescheduling policy.")
        .ProducesValidationProblem();
}
