using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.StaffCatalog.GetCatalog;

internal static class GetCatalogEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetCatalog(), cancellationToken)))
        .WithName("GetCatalog")
        .WithSummary("All locations, categories, services and providers, inactive ones included.");
}
