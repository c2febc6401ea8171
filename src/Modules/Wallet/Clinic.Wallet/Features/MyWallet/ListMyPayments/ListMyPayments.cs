using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.MyWallet.ListMyPayments;

/// <summary>The signed-in patient's deposits, fees and refunds, newest first; the portal shows them on the appointments they belong to.</summary>
public sealed record ListMyPayments : IRequest<MyPayments>;

/// <param name="Payments">Newest first.</param>
/// <param name="WalletVisible">Whether the clinic shows the wallet (credit and packages) in the portal.</param>
public sealed record MyPayments(IReadOnlyList<PaymentView> Payments, bool WalletVisible);
