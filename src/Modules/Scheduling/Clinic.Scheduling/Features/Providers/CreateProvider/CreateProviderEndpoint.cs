using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Providers.CreateProvider;

internal static class CreateProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPost("/providers", async (CreateProvider command, ISender sender, CancellationToken cancellationToken) =>
        {
            var provider = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/catalog/providers/{provider.Id}", provider);
        })
        .WithName("CreateProvider")
        .WithSummary("Adds a practitioner with the services they perform and the locations they work at.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
