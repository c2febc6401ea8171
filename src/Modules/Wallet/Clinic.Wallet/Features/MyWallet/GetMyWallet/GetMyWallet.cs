using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.MyWallet.GetMyWallet;

/// <summary>The signed-in patient's wallet (PP8): only when the clinic shows wallets online; otherwise 404.</summary>
public sealed record GetMyWallet : IRequest<WalletView>;
