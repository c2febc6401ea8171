using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Cards.ListMyCards;

/// <summary>The signed-in patient's cards on file (PP7), the default first.</summary>
public sealed record ListMyCards : IRequest<IReadOnlyList<CardView>>;
