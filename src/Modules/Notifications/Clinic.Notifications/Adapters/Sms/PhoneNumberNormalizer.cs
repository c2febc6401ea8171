using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace Clinic.Notifications.Adapters.Sms;

/// <summary>Reads phone numbers as people write them ("910 123 456", "+34 910-123-456") and gives E.164, or says why not.</summary>
internal sealed class PhoneNumberNormalizer(IOptions<SmsOptions> options)
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    public bool TryNormalize(string raw, out string e164, out string? problem)
    {
        e164 = raw;
        problem = null;
        var region = options.Value.DefaultRegion.ToUpperInvariant();
        try
        {
            var number = Numbers.Parse(raw, region);
            if (!Numbers.IsValidNumber(number))
            {
                problem = $"'{raw}' is not a valid phone number (default region {region}).";
                return false;
            }

            e164 = Numbers.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException ex)
        {
            problem = $"'{raw}' is not a phone number: {ex.Message}";
            return false;
        }
    }
}
