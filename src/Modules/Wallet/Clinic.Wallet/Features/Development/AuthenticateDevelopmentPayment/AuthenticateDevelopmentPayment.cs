using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Wallet.Features.Development.AuthenticateDevelopmentPayment;

/// <summary>Development gateway only: the patient's answer to the simulated bank challenge for a payment.</summary>
public sealed record AuthenticateDevelopmentPayment(string ClientSecret, bool Approve) : IRequest<DevelopmentGatewayResult>
{
    [JsonIgnore]
    public string PaymentId { get; init; } = "";
}
