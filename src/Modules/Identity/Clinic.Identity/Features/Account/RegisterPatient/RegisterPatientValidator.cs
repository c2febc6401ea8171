using Clinic.BuildingBlocks.Phones;
using FluentValidation;

namespace Clinic.Identity.Features.Account.RegisterPatient;

internal sealed class RegisterPatientValidator : AbstractValidator<RegisterPatient>
{
    public RegisterPatientValidator(PhoneNumberNormalizer phones, TimeProvider clock)
    {
        RuleFor(r => r.FirstName).PersonName();
        RuleFor(r => r.LastName).PersonName();
        RuleFor(r => r.Email).Email();
        RuleFor(r => r.Password).NewPassword();
        RuleFor(r => r.Phone).PhoneNumber(phones).When(r => !string.IsNullOrWhiteSpace(r.Phone));
        RuleFor(r => r.BirthDate).BirthDate(clock);
        RuleFor(r => r.Language).Language();
    }
}
