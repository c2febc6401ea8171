using Mediator;

namespace Clinic.Wallet.Features.Configuration.GetPaymentConfiguration;

/// <summary>What the SPA needs before showing a card form: which processor, Stripe's publishable key, the clinic's currency.</summary>
public sealed record GetPaymentConfiguration : IRequest<PaymentConfiguration>;

/// <param name="Gateway">"Stripe" (load Stripe.js with <paramref name="PublishableKey"/>) or "Development" (the offline test-card form).</param>
/// <param name="PublishableKey">Stripe's publishable key; null with the development gateway.</param>
/// <param name="Currency">The clinic's ISO 4217 currency.</param>
/// <param name="CardCheckEnabled">Whether booking holds and releases the card check.</param>
/// <param name="CardCheckAmountMinor">The card check's amount in the currency's minor unit.</param>
public sealed record PaymentConfiguration(string Gateway, string? PublishableKey, string Currency, bool CardCheckEnabled, long CardCheckAmountMinor);
