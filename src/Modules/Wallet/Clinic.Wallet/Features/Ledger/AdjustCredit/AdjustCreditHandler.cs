using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Contracts;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Ledger.AdjustCredit;

internal sealed class AdjustCreditHandler(WalletDbContext db, ISender identity, ICurrentUser user, IOptions<WalletClinicOptions> clinic, TimeProvider clock)
    : IRequestHandler<AdjustCredit, WalletView>
{
    public async ValueTask<WalletView> Handle(AdjustCredit command, CancellationToken cancellationToken)
    {
        var patientId = (await identity.Send(new GetPatientContact(command.PatientId), cancellationToken)).PatientId;
        var currency = clinic.Value.Currency.ToUpperInvariant();
        if (!string.Equals(command.Currency, currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException($"The clinic's wallets are in {currency}; an amount in {command.Currency.ToUpperInvariant()} cannot be added or taken.");
        }

        var now = clock.GetUtcNow();
        var account = await PatientAccounts.OpenAsync(db, patientId, currency, cancellationToken);
        var entry = command.Kind switch
        {
            CreditAdjustment.Deduction => account.Deduct(command.AmountMinor, command.Currency, "Credit removed", command.Reason, user.DisplayName, now),
            CreditAdjustment.Gift => account.Add(WalletEntryKind.Gift, command.AmountMinor, command.Currency, "Gift credit", command.Reason, user.DisplayName, now),
            _ => account.Add(WalletEntryKind.Goodwill, command.AmountMinor, command.Currency, "Goodwill credit", command.Reason, user.DisplayName, now),
        };
        db.Entries.Add(entry);
        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, $"credit.{command.Kind.ToString().ToLowerInvariant()}", patientId, null, entry.AmountMinor, currency, command.Reason));
        await db.SaveChangesAsync(cancellationToken);
        return await PatientWallets.ReadAsync(db, patientId, currency, now, cancellationToken);
    }
}
