using Mediator;

namespace Clinic.Wallet.Features.Packages.CreatePackageProduct;

/// <summary>Defines a package the clinic sells, e.g. "Bono 5 sesiones láser": 5 sessions of the laser service, valid 365 days.</summary>
public sealed record CreatePackageProduct(string Name, IReadOnlyList<PackageProductLineRequest> Lines, int ValidityDays, long PriceMinor, string Currency)
    : IRequest<PackageProductView>;

public sealed record PackageProductLineRequest(Guid ServiceId, int Sessions);
