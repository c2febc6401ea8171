using Clinic.Identity.Domain.Patients;
using FluentValidation;

namespace Clinic.Identity.Features;

/// <summary>Shape rules shared by every form that carries a person's details or a password.</summary>
internal static class IdentityFieldRules
{
    public const int MinPasswordLength = 8;

    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(PatientLimits.NameLength);

    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(PatientLimits.EmailLength).EmailAddress().WithMessage("Enter a valid email address.");

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(MinPasswordLength).WithMessage($"Use at least {MinPasswordLength} characters.")
            .MaximumLength(PatientLimits.PasswordMaxLength);

    public static IRuleBuilderOptions<T, string> Language<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(PatientLanguage.IsSupported).WithMessage("Choose 'es' (Spanish) or 'en' (English).");

    public static IRuleBuilderOptions<T, DateOnly?> BirthDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(date => date is null || (date.Value.Year >= 1900 && date.Value < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage("Enter a birth date in the past.");

    public static IRuleBuilderOptions<T, string?> Address<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(PatientLimits.AddressLength);
}
