using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Cards.SaveMyCard;

/// <summary>Keeps the card of a setup the browser confirmed. Saving the same setup again returns the same card.</summary>
public sealed record SaveMyCard(string SetupId) : IRequest<CardView>;
