using Clinic.Wallet.Domain.Ledger;

namespace Clinic.Wallet.Features.Packages;

/// <summary>A package the clinic sells: sessions per service, days of validity after it is assigned, and its price.</summary>
public sealed record PackageProductView(Guid Id, string Name, IReadOnlyList<PackageProductLineView> Lines, int ValidityDays, long PriceMinor, string Currency, bool IsActive)
{
    internal static PackageProductView From(PackageProduct product) => new(
        product.Id, product.Name, product.Lines.Select(l => new PackageProductLineView(l.ServiceId, l.ServiceName, l.Sessions)).ToList(),
        product.ValidityDays, product.PriceMinor, product.Currency, product.IsActive);
}

public sealed record PackageProductLineView(Guid ServiceId, string ServiceName, int Sessions);
