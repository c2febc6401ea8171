using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace Clinic.BuildingBlocks.Phones;

/// <summary>
/// Reads phone numbers as people write them ("600 11 12 22", "+34 600-11-12-22", "(0034) 600 111 222") and gives
/// E.164, so one phone is one phone whoever typed it. Every module reads them here, in the clinic's one default
/// region (<see cref="PhoneNumberOptions"/>): a number the booking page accepts is one the staff form accepts, and
/// the SMS sender dials it the same way.
/// </summary>
public sealed class PhoneNumberNormalizer
{
    /// <summary>Longer input is not a phone number, whatever it contains; parsing it would only cost time.</summary>
    public const int MaxInputLength = 32;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public PhoneNumberNormalizer(IOptions<PhoneNumberOptions> options)
        : this(options.Value.DefaultRegion)
    {
    }

    /// <param name="defaultRegion">ISO 3166 country assumed for numbers written without a country code, e.g. "ES".</param>
    public PhoneNumberNormalizer(string defaultRegion) => DefaultRegion = defaultRegion.ToUpperInvariant();

    public string DefaultRegion { get; }

    public static bool IsSupportedRegion(string? region) =>
        region is not null && Util.GetSupportedRegions().Contains(region.ToUpperInvariant());

    public bool TryNormalize(string? input, out string e164) => TryNormalize(input, out e164, out _);

    /// <param name="problem">Why not, naming the input, for the delivery log.</param>
    public bool TryNormalize(string? input, out string e164, out string? problem)
    {
        e164 = input ?? "";
        problem = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength)
        {
            problem = $"'{input}' is not a phone number.";
            return false;
        }

        try
        {
            var number = Util.Parse(input, DefaultRegion);
            if (!Util.IsValidNumber(number))
            {
                problem = $"'{input}' is not a valid phone number (default region {DefaultRegion}).";
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException ex)
        {
            problem = $"'{input}' is not a phone number: {ex.Message}";
            return false;
        }
    }

    public string? NormalizeOrNull(string? input) => TryNormalize(input, out var e164) ? e164 : null;
}
