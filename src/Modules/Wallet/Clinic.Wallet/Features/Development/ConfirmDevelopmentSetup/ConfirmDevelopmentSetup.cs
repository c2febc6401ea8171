using System.Text.Json.Serialization;
using Clinic.Wallet.Adapters.Payments.Development;
using Mediator;

namespace Clinic.Wallet.Features.Development.ConfirmDevelopmentSetup;

/// <summary>
/// Development gateway only (404 with Stripe): what Stripe.js would do with a card form, done with a test card's
/// scenario. The development card form accepts only the published test numbers and sends what they stand for.
/// </summary>
public sealed record ConfirmDevelopmentSetup(string ClientSecret, DevelopmentCard Card) : IRequest<DevelopmentGatewayResult>
{
    [JsonIgnore]
    public string SetupId { get; init; } = "";
}
