using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Packages.ListPackageProducts;

internal sealed class ListPackageProductsHandler(WalletDbContext db) : IRequestHandler<ListPackageProducts, IReadOnlyList<PackageProductView>>
{
    public async ValueTask<IReadOnlyList<PackageProductView>> Handle(ListPackageProducts request, CancellationToken cancellationToken) =>
        (await db.PackageProducts.AsNoTracking().ToListAsync(cancellationToken))
        .OrderByDescending(p => p.IsActive).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
        .Select(PackageProductView.From).ToList();
}
