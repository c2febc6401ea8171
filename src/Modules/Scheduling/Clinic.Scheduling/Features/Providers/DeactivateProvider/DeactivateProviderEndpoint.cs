using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Providers.DeactivateProvider;

internal static class DeactivateProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPost("/providers/{providerId:guid}/deactivate", async (Guid providerId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new DeactivateProvider(providerId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("DeactivateProvider")
        .WithSummary("Stops offering a practitioner for new bookings.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
