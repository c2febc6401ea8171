using System.Globalization;

namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>An amount in the currency's minor unit (cents), never a floating-point number.</summary>
/// <remarks>AmountMinor 2550 is 25.50 EUR but 2,550 JPY: the ISO 4217 currency decides the decimals.</remarks>
public sealed record Money(long AmountMinor, string Currency)
{
    /// <summary>ISO 4217 currencies whose minor unit is not the cent; every other currency has two decimals.</summary>
    private static readonly Dictionary<string, int> UnusualMinorUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0, ["PYG"] = 0,
        ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
        ["CLF"] = 4, ["UYW"] = 4,
    };

    /// <summary>Symbols written instead of the code; any other currency is written with its ISO code.</summary>
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "€", ["GBP"] = "£", ["USD"] = "$",
    };

    /// <summary>Decimals of the currency's minor unit: 2 for EUR, 0 for JPY, 3 for KWD.</summary>
    public static int MinorUnitDigits(string currency) => UnusualMinorUnits.GetValueOrDefault(currency, 2);

    /// <summary>The amount in major units (25.50 for 2550 EUR), for display and arithmetic that must not lose the minor unit.</summary>
    public decimal ToDecimal() => AmountMinor / Pow10(MinorUnitDigits(Currency));

    /// <summary>
    /// As a reader of <paramref name="culture"/> writes it: the culture's digits, separators and symbol position,
    /// the currency's own number of decimals ("25,00 €" in es-ES, "€25.00" in en-GB, "5,000 JPY").
    /// </summary>
    public string Format(CultureInfo culture)
    {
        var number = ToDecimal().ToString("N" + MinorUnitDigits(Currency).ToString(CultureInfo.InvariantCulture), culture);
        if (!Symbols.TryGetValue(Currency, out var symbol))
        {
            return $"{number} {Currency.ToUpperInvariant()}";
        }

        return culture.NumberFormat.CurrencyPositivePattern switch
        {
            0 => $"{symbol}{number}",
            1 => $"{number}{symbol}",
            2 => $"{symbol} {number}",
            _ => $"{number} {symbol}",
        };
    }

    /// <summary>Culture-neutral, for API messages and logs: "32.50 EUR".</summary>
    public override string ToString() =>
        $"{ToDecimal().ToString("F" + MinorUnitDigits(Currency).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {Currency.ToUpperInvariant()}";

    private static decimal Pow10(int digits)
    {
        var factor = 1m;
        for (var i = 0; i < digits; i++)
        {
            factor *= 10;
        }

        return factor;
    }
}
