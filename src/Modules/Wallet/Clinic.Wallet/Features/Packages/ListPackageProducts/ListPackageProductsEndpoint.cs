using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Packages.ListPackageProducts;

internal static class ListPackageProductsEndpoint
{
    public static void Map(IEndpointRouteBuilder packages) => packages
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new ListPackageProducts(), cancellationToken)))
        .WithName("ListPackageProducts")
        .WithSummary("The package products the clinic sells (e.g. five laser sessions).");
}
