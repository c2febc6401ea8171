using Mediator;

namespace Clinic.Wallet.Features.Cards.StartAddingCard;

/// <summary>Starts saving a new card: the browser confirms the returned setup with the card processor, then calls SaveMyCard.</summary>
public sealed record StartAddingCard : IRequest<CardSetupStarted>;

/// <param name="SetupId">The processor's setup to confirm, then to pass to SaveMyCard.</param>
/// <param name="ClientSecret">Lets the browser confirm this setup (Stripe.js or the development card form) and nothing else.</param>
/// <param name="Gateway">"Stripe" or "Development": which card form to show.</param>
/// <param name="PublishableKey">Stripe's publishable key; null with the development gateway.</param>
public sealed record CardSetupStarted(string SetupId, string ClientSecret, string Gateway, string? PublishableKey);
