using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Wallet.Features.Development.AuthenticateDevelopmentSetup;

/// <summary>Development gateway only: the patient's answer to the simulated bank challenge for a card being saved.</summary>
public sealed record AuthenticateDevelopmentSetup(string ClientSecret, bool Approve) : IRequest<DevelopmentGatewayResult>
{
    [JsonIgnore]
    public string SetupId { get; init; } = "";
}
