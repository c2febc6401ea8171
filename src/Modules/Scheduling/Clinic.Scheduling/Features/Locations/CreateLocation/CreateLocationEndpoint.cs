using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Locations.CreateLocation;

internal static class CreateLocationEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPost("/locations", async (CreateLocation command, ISender sender, CancellationToken cancellationToken) =>
        {
            var location = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/catalog/locations/{location.Id}", location);
        })
        .WithName("CreateLocation")
        .WithSummary("Adds a clinic location with its IANA time zone.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict);
}
