namespace Clinic.Notifications.Templates;

/// <summary>The languages patients read their messages in (BY1).</summary>
internal enum Language
{
    Es,
    En,
}

internal static class Languages
{
    /// <summary>The patient's preferred language when it is one we write, else the clinic's default, else Spanish.</summary>
    public static Language Resolve(string? preferred, string clinicDefault) =>
        Parse(preferred) ?? Parse(clinicDefault) ?? Language.Es;

    public static string Code(this Language language) => language == Language.Es ? "es" : "en";

    /// <summary>Chooses the wording for the language; both are written side by side so a translation is never forgotten.</summary>
    public static T Pick<T>(this Language language, T es, T en) => language == Language.Es ? es : en;

    private static Language? Parse(string? code)
    {
        var normalized = code?.Trim().ToLowerInvariant() ?? "";
        return normalized.Split('-', '_')[0] switch
        {
            "es" => Language.Es,
            "en" => Language.En,
            _ => null,
        };
    }
}
