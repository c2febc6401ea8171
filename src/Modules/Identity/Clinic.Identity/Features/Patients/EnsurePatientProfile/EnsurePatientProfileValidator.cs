using Clinic.BuildingBlocks.Phones;
using Clinic.Identity.Contracts;
using FluentValidation;

namespace Clinic.Identity.Features.Patients.EnsurePatientProfile;

internal sealed class EnsurePatientProfileValidator : AbstractValidator<Contracts.EnsurePatientProfile>
{
    public EnsurePatientProfileValidator(PhoneNumberNormalizer phones)
    {
        RuleFor(e => e.FirstName).PersonName();
        RuleFor(e => e.LastName).PersonName();
        RuleFor(e => e.Email).Email();
        RuleFor(e => e.Phone).PhoneNumber(phones).When(e => !string.IsNullOrWhiteSpace(e.Phone));
        RuleFor(e => e.Language).Language();
    }
}
