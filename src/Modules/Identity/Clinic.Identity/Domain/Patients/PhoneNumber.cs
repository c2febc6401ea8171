using PhoneNumbers;

namespace Clinic.Identity.Domain.Patients;

/// <summary>Phone numbers are stored in E.164 so "+34 600 11 22 33" and "600112233" are the same phone.</summary>
internal static class PhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <param name="defaultRegion">ISO country assumed for numbers written without a country code, e.g. "ES".</param>
    public static bool TryNormalize(string? input, string defaultRegion, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return false;
        }

        try
        {
            var parsed = Util.Parse(input, defaultRegion);
            if (!Util.IsValidNumber(parsed))
            {
                return false;
            }

            e164 = Util.Format(parsed, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    public static string? NormalizeOrNull(string? input, string defaultRegion) =>
        TryNormalize(input, defaultRegion, out var e164) ? e164 : null;
}
