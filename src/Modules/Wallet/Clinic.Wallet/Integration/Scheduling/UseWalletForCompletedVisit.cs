using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Integration.Scheduling;

/// <summary>
/// A visit was completed (ADR 0016): each treatment a package covers uses one of its sessions, and wallet credit
/// pays what remains of the price after any deposit taken. Every line written is keyed by the appointment
/// (<c>session:{appointment}:{position}</c>, <c>credit:{appointment}</c>) and unique in the ledger, so a
/// redelivered event can never use a session or credit twice; the package and account rows' concurrency tokens
/// stop two visits completed at once from spending the same last session or euro.
/// </summary>
internal sealed class UseWalletForCompletedVisit(WalletDbContext db, TimeProvider clock)
    : IntegrationEventHandler<AppointmentCompleted, WalletDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentCompleted completed, CancellationToken cancellationToken)
    {
        var visit = completed.Appointment;
        var patientId = visit.PatientId;
        var account = await Db.Accounts.SingleOrDefaultAsync(a => a.PatientId == patientId, cancellationToken);
        var packages = await Db.PatientPackages.Where(p => p.PatientId == patientId).ToListAsync(cancellationToken);
        if (account is null && packages.Count == 0)
        {
            return;
        }

        var keys = visit.Services.Select((_, position) => SessionKey(visit.AppointmentId, position)).Append(CreditKey(visit.AppointmentId)).ToList();
        var used = await Db.Entries.Where(e => e.Key != null && keys.Contains(e.Key)).Select(e => e.Key!).ToListAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        var uncoveredMinor = 0L;
        foreach (var (line, position) in visit.Services.Select((line, position) => (line, position)))
        {
            var key = SessionKey(visit.AppointmentId, position);
            if (used.Contains(key))
            {
                continue;
            }

            var package = packages.Where(p => p.IsUsableAt(completed.CompletedAt) && p.RemainingFor(line.ServiceId) > 0).MinBy(p => p.ExpiresAt);
            if (package is null)
            {
                uncoveredMinor += line.PriceAmountMinor;
                continue;
            }

            package.UseSession(line.ServiceId);
            account ??= Open(patientId, line.Currency);
            Db.Entries.Add(account.PackageLine(WalletEntryKind.PackageSessionUsed, package.Id, line.ServiceId, -1, $"{package.Name}: {line.Name}", null, "system", now,
                visit.AppointmentId, key));
            Db.Audit.Add(PaymentAuditEntry.Record(now, "system", "package.session-used", patientId, null, null, null, null, $"{package.Name}: {line.Name}"));
        }

        if (account is null || used.Contains(CreditKey(visit.AppointmentId)) || uncoveredMinor <= 0
            || !visit.Services.All(s => string.Equals(s.Currency, account.Currency, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var allocation = await Db.DepositAllocations.AsNoTracking().SingleOrDefaultAsync(a => a.AppointmentId == visit.AppointmentId, cancellationToken);
        var deposit = allocation is { PaymentId: { } depositId } && await Db.Payments.AnyAsync(p => p.Id == depositId && p.Status == PaymentStatus.Succeeded, cancellationToken)
            ? allocation.AmountMinor
            : 0;
        var spent = account.Spend(uncoveredMinor - deposit, visit.AppointmentId, string.Join(" + ", visit.Services.Select(s => s.Name)), now);
        if (spent is not null)
        {
            Db.Entries.Add(spent);
            Db.Audit.Add(PaymentAuditEntry.Record(now, "system", "credit.used", patientId, null, spent.AmountMinor, account.Currency, null, $"appointment {visit.AppointmentId}"));
        }
    }

    private WalletAccount Open(Guid patientId, string currency)
    {
        var account = WalletAccount.Open(patientId, currency);
        Db.Accounts.Add(account);
        return account;
    }

    private static string SessionKey(Guid appointmentId, int position) => $"session:{appointmentId}:{position}";

    private static string CreditKey(Guid appointmentId) => $"credit:{appointmentId}";
}
