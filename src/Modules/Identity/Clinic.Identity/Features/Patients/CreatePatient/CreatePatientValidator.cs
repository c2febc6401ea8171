using Clinic.BuildingBlocks.Phones;
using FluentValidation;

namespace Clinic.Identity.Features.Patients.CreatePatient;

internal sealed class CreatePatientValidator : AbstractValidator<CreatePatient>
{
    public CreatePatientValidator(PhoneNumberNormalizer phones, TimeProvider clock)
    {
        RuleFor(p => p.FirstName).PersonName();
        RuleFor(p => p.LastName).PersonName();
        RuleFor(p => p.Email).Email().When(p => !string.IsNullOrWhiteSpace(p.Email));
        RuleFor(p => p.Phone).PhoneNumber(phones).When(p => !string.IsNullOrWhiteSpace(p.Phone));
        RuleFor(p => p.BirthDate).BirthDate(clock);
        RuleFor(p => p.Address).Address();
        RuleFor(p => p.PreferredLanguage).Language();
    }
}
