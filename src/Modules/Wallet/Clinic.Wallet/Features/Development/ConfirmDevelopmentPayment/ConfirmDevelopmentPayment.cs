using System.Text.Json.Serialization;
using Clinic.Wallet.Adapters.Payments.Development;
using Mediator;

namespace Clinic.Wallet.Features.Development.ConfirmDevelopmentPayment;

/// <summary>
/// Development gateway only: the patient confirms a payment in the browser (a pay link) with a test card, or
/// with the card already on it when <see cref="Card"/> is left out.
/// </summary>
public sealed record ConfirmDevelopmentPayment(string ClientSecret, DevelopmentCard? Card) : IRequest<DevelopmentGatewayResult>
{
    [JsonIgnore]
    public string PaymentId { get; init; } = "";
}
