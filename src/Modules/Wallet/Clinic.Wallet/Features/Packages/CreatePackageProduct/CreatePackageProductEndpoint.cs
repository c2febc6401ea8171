using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Packages.CreatePackageProduct;

internal static class CreatePackageProductEndpoint
{
    public static void Map(IEndpointRouteBuilder packages) => packages
        .MapPost("/", async (CreatePackageProduct command, ISender sender, CancellationToken cancellationToken) =>
        {
            var product = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/wallet/packages/{product.Id}", product);
        })
        .WithName("CreatePackageProduct")
        .WithSummary("Defines a package product: sessions of given services, validity, price.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
