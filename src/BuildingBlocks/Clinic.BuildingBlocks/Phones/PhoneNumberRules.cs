using FluentValidation;

namespace Clinic.BuildingBlocks.Phones;

/// <summary>The one validation rule for a phone field, so every form accepts exactly the numbers <see cref="PhoneNumberNormalizer"/> reads.</summary>
public static class PhoneNumberRules
{
    public const string Message = "Enter a valid phone number, with the country code if it is not a local one (for example +34 600 123 456).";

    public static IRuleBuilderOptions<T, string?> PhoneNumber<T>(this IRuleBuilder<T, string?> rule, PhoneNumberNormalizer phones) =>
        rule.Must(phone => phones.TryNormalize(phone, out _)).WithMessage(Message);
}
