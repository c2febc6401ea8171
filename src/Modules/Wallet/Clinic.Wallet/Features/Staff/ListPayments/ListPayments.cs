using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Staff.ListPayments;

/// <summary>
/// The payments list (ST5): payments recorded between <see cref="From"/> and <see cref="To"/> (days in the clinic's
/// zone), optionally of one <see cref="Status"/>; <see cref="OutstandingOnly"/> lists every fee still owed whatever
/// its date; <see cref="RefundedOnly"/> only payments with a refund.
/// </summary>
public sealed record ListPayments(DateOnly? From, DateOnly? To, PaymentStatus? Status, bool OutstandingOnly, bool RefundedOnly) : IRequest<PaymentList>;

/// <summary>The payments, newest first, and their totals in the clinic's currency.</summary>
public sealed record PaymentList(IReadOnlyList<PaymentView> Payments, long TakenMinor, long RefundedMinor, long OutstandingMinor, string Currency);
