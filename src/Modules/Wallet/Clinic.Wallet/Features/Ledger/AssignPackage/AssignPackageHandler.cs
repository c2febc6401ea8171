using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Contracts;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Ledger.AssignPackage;

internal sealed class AssignPackageHandler(WalletDbContext db, ISender identity, ICurrentUser user, IOptions<WalletClinicOptions> clinic, TimeProvider clock)
    : IRequestHandler<AssignPackage, WalletView>
{
    public async ValueTask<WalletView> Handle(AssignPackage command, CancellationToken cancellationToken)
    {
        var patientId = (await identity.Send(new GetPatientContact(command.PatientId), cancellationToken)).PatientId;
        var product = await db.PackageProducts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.PackageProductId, cancellationToken)
            ?? throw new NotFoundException("Package product", command.PackageProductId);
        var now = clock.GetUtcNow();
        var package = PatientPackage.Assign(patientId, product, command.PricePaidMinor, now);
        var account = await PatientAccounts.OpenAsync(db, patientId, clinic.Value.Currency, cancellationToken);
        db.PatientPackages.Add(package);
        foreach (var line in product.Lines)
        {
            db.Entries.Add(account.PackageLine(WalletEntryKind.PackageAssigned, package.Id, line.ServiceId, line.Sessions,
                $"{product.Name}: {line.Sessions} × {line.ServiceName}", command.Reason, user.DisplayName, now));
        }

        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "package.assigned", patientId, null, command.PricePaidMinor, product.Currency, command.Reason, product.Name));
        await db.SaveChangesAsync(cancellationToken);
        return await PatientWallets.ReadAsync(db, patientId, clinic.Value.Currency, now, cancellationToken);
    }
}
