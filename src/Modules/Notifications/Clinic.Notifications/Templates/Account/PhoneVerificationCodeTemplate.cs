namespace Clinic.Notifications.Templates.Account;

/// <summary>The one-time code that proves a phone is real (OB4).</summary>
internal static class PhoneVerificationCodeTemplate
{
    public static string Sms(Language language, ClinicBranding clinic, string code, TimeSpan validFor)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(validFor.TotalMinutes));
        return GsmText.Transliterate(language.Pick(
            $"{clinic.Name}: tu código de verificación es {code}. Caduca en {minutes} min. No lo compartas con nadie.",
            $"{clinic.Name}: your verification code is {code}. It expires in {minutes} min. Do not share it with anyone."));
    }
}
