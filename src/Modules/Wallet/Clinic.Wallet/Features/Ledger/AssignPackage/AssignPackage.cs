using System.Text.Json.Serialization;
using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Ledger.AssignPackage;

/// <summary>
/// Sells or gives a package product to a patient (ST6), with a reason; <see cref="PricePaidMinor"/> records what
/// the patient paid for it (zero for a gift), in the product's currency.
/// </summary>
public sealed record AssignPackage(Guid PackageProductId, long PricePaidMinor, string Reason) : IRequest<WalletView>
{
    [JsonIgnore]
    public Guid PatientId { get; init; }
}
