using Mediator;

namespace Clinic.Wallet.Features.Cards.RemoveMyCard;

/// <summary>Removes one of the signed-in patient's cards: detached at the card processor, so it can no longer be charged.</summary>
public sealed record RemoveMyCard(Guid CardId) : IRequest;
