using Mediator;

namespace Clinic.Wallet.Features.Packages.DeactivatePackageProduct;

/// <summary>Stops selling a package product; patients who hold it keep their sessions.</summary>
public sealed record DeactivatePackageProduct(Guid PackageProductId) : IRequest<PackageProductView>;
