using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Staff.ListPayments;

internal sealed class ListPaymentsHandler(WalletDbContext db, IOptions<WalletClinicOptions> clinic) : IRequestHandler<ListPayments, PaymentList>
{
    private const int Limit = 500;

    public async ValueTask<PaymentList> Handle(ListPayments query, CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        if (query.From is { } from)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(clinic.Value.TimeZone);
            var start = StartOf(from, zone);
            var end = StartOf((query.To ?? from).AddDays(1), zone);
            payments = payments.Where(p => p.CreatedAt >= start && p.CreatedAt < end);
        }

        if (query.OutstandingOnly)
        {
            var fees = new[] { PaymentKind.LateCancellationFee, PaymentKind.NoShowFee };
            var owed = new[] { PaymentStatus.Pending, PaymentStatus.Failed, PaymentStatus.RequiresAction };
            payments = payments.Where(p => fees.Contains(p.Kind) && owed.Contains(p.Status));
        }

        if (query.Status is { } status)
        {
            payments = payments.Where(p => p.Status == status);
        }

        if (query.RefundedOnly)
        {
            payments = payments.Where(p => p.RefundedMinor > 0);
        }

        var found = (await payments.ToListAsync(cancellationToken)).OrderByDescending(p => p.CreatedAt).Take(Limit).ToList();
        var ids = found.Select(p => p.Id).ToList();
        var operations = await db.PaymentOperations.AsNoTracking().Where(o => ids.Contains(o.PaymentId)).ToListAsync(cancellationToken);
        var currency = clinic.Value.Currency.ToUpperInvariant();
        var inCurrency = found.Where(p => p.Currency == currency).ToList();
        return new PaymentList(
            found.Select(p => PaymentView.From(p, operations)).ToList(),
            inCurrency.Where(p => p.Status == PaymentStatus.Succeeded).Sum(p => p.CapturedMinor),
            inCurrency.Sum(p => p.RefundedMinor),
            inCurrency.Where(p => p.IsOutstanding).Sum(p => p.ToChargeMinor),
            currency);
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
