using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.PublicCatalog.ListBookableCategories;

internal static class ListBookableCategoriesEndpoint
{
    public static void Map(IEndpointRouteBuilder catalog) => catalog
        .MapGet("/categories", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListBookableCategories(), cancellationToken)))
        .WithName("ListBookableCategories")
        .WithSummary("Service categories with the treatments patients can book online.");
}
