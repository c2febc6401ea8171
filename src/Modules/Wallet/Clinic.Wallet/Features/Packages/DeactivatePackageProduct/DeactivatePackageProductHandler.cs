using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Packages.DeactivatePackageProduct;

internal sealed class DeactivatePackageProductHandler(WalletDbContext db) : IRequestHandler<DeactivatePackageProduct, PackageProductView>
{
    public async ValueTask<PackageProductView> Handle(DeactivatePackageProduct command, CancellationToken cancellationToken)
    {
        var product = await db.PackageProducts.SingleOrDefaultAsync(p => p.Id == command.PackageProductId, cancellationToken)
            ?? throw new NotFoundException("Package product", command.PackageProductId);
        product.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return PackageProductView.From(product);
    }
}
