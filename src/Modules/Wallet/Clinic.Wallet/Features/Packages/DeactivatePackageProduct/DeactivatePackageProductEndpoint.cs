using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Packages.DeactivatePackageProduct;

internal static class DeactivatePackageProductEndpoint
{
    public static void Map(IEndpointRouteBuilder packages) => packages
        .MapPost("/{packageProductId:guid}/deactivate", async (Guid packageProductId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeactivatePackageProduct(packageProductId), cancellationToken)))
        .WithName("DeactivatePackageProduct")
        .WithSummary("Stops selling a package product.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
