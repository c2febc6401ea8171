using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Cards;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Integration.Identity;

/// <summary>
/// Staff merged a duplicate profile: its cards (never as the default over the kept profile's own), payments, packages
/// and credit belong to the kept profile from now on, so its portal, its patient record and its fees see them.
/// </summary>
internal sealed class MoveWalletToSurvivingPatient(WalletDbContext db, TimeProvider clock)
    : IntegrationEventHandler<PatientsMerged, WalletDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PatientsMerged merged, CancellationToken cancellationToken)
    {
        var (from, to) = (merged.MergedPatientId, merged.SurvivingPatientId);
        var now = Clock.GetUtcNow();
        var keptHasDefault = await Db.Cards.AnyAsync(c => c.PatientId == to && c.RemovedAt == null && c.IsDefault, cancellationToken);
        foreach (var card in await Db.Cards.Where(c => c.PatientId == from).ToListAsync(cancellationToken))
        {
            card.BelongTo(to, card.IsDefault && !keptHasDefault);
        }

        foreach (var payment in await Db.Payments.Where(p => p.PatientId == from).ToListAsync(cancellationToken))
        {
            payment.MoveToPatient(to, now);
        }

        foreach (var package in await Db.PatientPackages.Where(p => p.PatientId == from).ToListAsync(cancellationToken))
        {
            package.MoveToPatient(to);
        }

        var customer = await Db.GatewayCustomers.SingleOrDefaultAsync(c => c.PatientId == from, cancellationToken);
        if (customer is not null && !await Db.GatewayCustomers.AnyAsync(c => c.PatientId == to, cancellationToken))
        {
            Db.GatewayCustomers.Remove(customer);
            Db.GatewayCustomers.Add(GatewayCustomer.For(to, customer.CustomerId, now));
        }

        var mergedAccount = await Db.Accounts.SingleOrDefaultAsync(a => a.PatientId == from, cancellationToken);
        if (mergedAccount is not null)
        {
            var kept = await Db.Accounts.SingleOrDefaultAsync(a => a.PatientId == to, cancellationToken);
            if (kept is null)
            {
                kept = WalletAccount.Open(to, mergedAccount.Currency);
                Db.Accounts.Add(kept);
            }

            if (kept.TakeOver(mergedAccount, now) is { } lines)
            {
                Db.Entries.Add(lines.Out);
                Db.Entries.Add(lines.In);
            }
        }

        Db.Audit.Add(PaymentAuditEntry.Record(now, "patient merge", "wallet.merged", to, null, null, null, null, $"from {from}"));
    }
}
