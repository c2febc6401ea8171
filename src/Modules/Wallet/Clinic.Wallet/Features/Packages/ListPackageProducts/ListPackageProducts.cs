using Mediator;

namespace Clinic.Wallet.Features.Packages.ListPackageProducts;

/// <summary>The package products the clinic has defined, on sale first.</summary>
public sealed record ListPackageProducts : IRequest<IReadOnlyList<PackageProductView>>;
