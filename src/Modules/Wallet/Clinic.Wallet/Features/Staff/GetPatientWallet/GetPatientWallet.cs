using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Staff.GetPatientWallet;

/// <summary>Everything money about one patient, for the patient record's "Wallet and payments" section.</summary>
public sealed record GetPatientWallet(Guid PatientId) : IRequest<PatientWalletView>;

/// <summary>
/// The patient's cards, payments (with outstanding fees and refunds), credit, packages and ledger.
/// <c>WalletVisibleToPatient</c> says whether the patient sees the wallet part in the portal.
/// </summary>
public sealed record PatientWalletView(
    Guid PatientId, IReadOnlyList<CardView> Cards, IReadOnlyList<PaymentView> Payments, long OutstandingMinor, WalletView Wallet, bool WalletVisibleToPatient);
