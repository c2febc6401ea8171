using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Clinic.Wallet.Adapters.Payments.Development;

/// <summary>A development card's id spells out its behaviour and display details, so it means the same after a restart.</summary>
internal sealed partial record DevelopmentPaymentMethod(string Id, DevelopmentCardScenario Scenario, string Brand, string Last4, int ExpMonth, int ExpYear)
{
    public static DevelopmentPaymentMethod Create(DevelopmentCard card)
    {
        var brand = BrandPattern().IsMatch(card.Brand) ? card.Brand.ToLowerInvariant() : "visa";
        var id = string.Create(CultureInfo.InvariantCulture,
            $"pm_dev_{card.Scenario}_{brand}_{card.Last4}_{card.ExpMonth:00}{card.ExpYear:0000}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        return new DevelopmentPaymentMethod(id, card.Scenario, brand, card.Last4, card.ExpMonth, card.ExpYear);
    }

    public static DevelopmentPaymentMethod? Parse(string? id)
    {
        var match = id is null ? null : IdPattern().Match(id);
        if (match is not { Success: true } || !Enum.TryParse<DevelopmentCardScenario>(match.Groups["scenario"].Value, out var scenario))
        {
            return null;
        }

        return new DevelopmentPaymentMethod(id!, scenario, match.Groups["brand"].Value, match.Groups["last4"].Value,
            int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
    }

    public GatewayCard ToCard() => new(Id, Brand, Last4, ExpMonth, ExpYear);

    [GeneratedRegex("^[a-z]{2,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex BrandPattern();

    [GeneratedRegex(@"^pm_dev_(?<scenario>[A-Za-z]+)_(?<brand>[a-z]+)_(?<last4>[0-9]{4})_(?<month>[0-9]{2})(?<year>[0-9]{4})_[0-9a-f]{8}$")]
    private static partial Regex IdPattern();
}
