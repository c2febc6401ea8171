using Clinic.Wallet.Domain.Cards;

namespace Clinic.Wallet.Features.Views;

/// <summary>A card on file: brand, last four digits and expiry are all the clinic ever keeps of it.</summary>
public sealed record CardView(Guid Id, string Brand, string Last4, int ExpMonth, int ExpYear, bool IsDefault, bool IsExpired, DateTimeOffset AddedAt)
{
    internal static CardView From(PaymentCard card, DateTimeOffset now) =>
        new(card.Id, card.Brand, card.Last4, card.ExpMonth, card.ExpYear, card.IsDefault, card.IsExpired(now), card.AddedAt);
}
