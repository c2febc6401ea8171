using System.Text.Json.Serialization;
using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Staff.WaiveFee;

/// <summary>Staff decide an outstanding fee is not due: no more attempts, and its pay link no longer takes money.</summary>
public sealed record WaiveFee(string Reason) : IRequest<PaymentView>
{
    [JsonIgnore]
    public Guid PaymentId { get; init; }
}
