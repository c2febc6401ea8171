using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Cards.SetMyDefaultCard;

/// <summary>Makes one of the signed-in patient's cards the one fees are charged to.</summary>
public sealed record SetMyDefaultCard(Guid CardId) : IRequest<IReadOnlyList<CardView>>;
