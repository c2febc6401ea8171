using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Contracts.Catalog;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Packages.CreatePackageProduct;

internal sealed class CreatePackageProductHandler(WalletDbContext db, ISender scheduling, ICurrentUser user, IOptions<WalletClinicOptions> clinic, TimeProvider clock)
    : IRequestHandler<CreatePackageProduct, PackageProductView>
{
    public async ValueTask<PackageProductView> Handle(CreatePackageProduct command, CancellationToken cancellationToken)
    {
        var currency = clinic.Value.Currency.ToUpperInvariant();
        if (!string.Equals(command.Currency, currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException($"The clinic sells in {currency}; a package priced in {command.Currency.ToUpperInvariant()} cannot be created.");
        }

        var services = (await scheduling.Send(new DescribeServices(command.Lines.Select(l => l.ServiceId).ToList()), cancellationToken))
            .ToDictionary(s => s.ServiceId);
        var missing = command.Lines.FirstOrDefault(l => !services.ContainsKey(l.ServiceId));
        if (missing is not null)
        {
            throw new NotFoundException("Service", missing.ServiceId);
        }

        var now = clock.GetUtcNow();
        var product = PackageProduct.Create(command.Name, command.Lines.Select(l => new PackageProductLine(l.ServiceId, services[l.ServiceId].Name, l.Sessions)),
            command.ValidityDays, command.PriceMinor, currency, now);
        db.PackageProducts.Add(product);
        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "package-product.created", null, null, product.PriceMinor, currency, null, product.Name));
        await db.SaveChangesAsync(cancellationToken);
        return PackageProductView.From(product);
    }
}
