using System.Globalization;
using System.Text;

namespace Clinic.Notifications.Templates;

/// <summary>
/// SMS are billed per segment: 160 characters of the GSM 03.38 alphabet, but only 70 once a single
/// character falls outside it. Spanish accents like á, í, ó, ú and typographic dashes do, so SMS text is
/// transliterated to the GSM alphabet where that loses nothing a reader needs (á → a, · → -). Characters
/// with no GSM look-alike (a name in another script) are kept: the patient's name matters more than the price.
/// </summary>
internal static class GsmText
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    public const int SingleSegmentLength = 160;

    private static readonly Dictionary<char, string> Punctuation = new()
    {
        ['·'] = "-", ['–'] = "-", ['—'] = "-", ['‘'] = "'", ['’'] = "'", ['“'] = "\"", ['”'] = "\"",
        ['«'] = "\"", ['»'] = "\"", ['…'] = "...", ['\u00A0'] = " ", ['\u202F'] = " ", ['º'] = "o", ['ª'] = "a",
    };

    public static string Transliterate(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (IsGsm(character))
            {
                result.Append(character);
            }
            else if (Punctuation.TryGetValue(character, out var replacement))
            {
                result.Append(replacement);
            }
            else
            {
                var baseLetters = character.ToString().Normalize(NormalizationForm.FormD)
                    .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && IsGsm(c))
                    .ToArray();
                result.Append(baseLetters.Length > 0 ? new string(baseLetters) : character.ToString());
            }
        }

        return result.ToString();
    }

    public static bool IsGsm(char character) => Basic.Contains(character) || Extension.Contains(character);

    /// <summary>How many SMS segments the text costs.</summary>
    public static int Segments(string text)
    {
        if (text.All(IsGsm))
        {
            var units = text.Sum(c => Extension.Contains(c) ? 2 : 1);
            return units <= SingleSegmentLength ? 1 : (int)Math.Ceiling(units / 153.0);
        }

        return text.Length <= 70 ? 1 : (int)Math.Ceiling(text.Length / 67.0);
    }
}
