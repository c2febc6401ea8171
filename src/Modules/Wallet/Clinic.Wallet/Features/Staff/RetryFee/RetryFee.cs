using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Staff.RetryFee;

/// <summary>Tries an outstanding fee on the patient's card on file now, instead of waiting for the next scheduled attempt.</summary>
public sealed record RetryFee(Guid PaymentId) : IRequest<PaymentView>;
