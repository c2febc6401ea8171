using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Providers.UpdateProvider;

internal static class UpdateProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPut("/providers/{providerId:guid}", async (Guid providerId, UpdateProvider command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { ProviderId = providerId }, cancellationToken)))
        .WithName("UpdateProvider")
        .WithSummary("Changes a practitioner's profile, services or locations.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
