using Mediator;

namespace Clinic.Wallet.Features.PayLinks.StartPayLinkPayment;

/// <summary>
/// Gets the fee's payment ready for the patient to confirm in the browser (with a new card, or by passing the
/// bank's check on the card on file). Repeating it returns the same payment.
/// </summary>
public sealed record StartPayLinkPayment(string Token) : IRequest<PayLinkPayment>;

/// <param name="GatewayPaymentId">The processor's payment to confirm (Stripe: pi_…).</param>
/// <param name="ClientSecret">Lets the browser confirm this payment and nothing else.</param>
/// <param name="Gateway">"Stripe" or "Development".</param>
/// <param name="PublishableKey">Stripe's publishable key; null with the development gateway.</param>
public sealed record PayLinkPayment(string GatewayPaymentId, string ClientSecret, string Gateway, string? PublishableKey);
