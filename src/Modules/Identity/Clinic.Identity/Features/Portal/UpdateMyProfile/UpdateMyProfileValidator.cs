using Clinic.BuildingBlocks.Phones;
using FluentValidation;

namespace Clinic.Identity.Features.Portal.UpdateMyProfile;

internal sealed class UpdateMyProfileValidator : AbstractValidator<UpdateMyProfile>
{
    public UpdateMyProfileValidator(PhoneNumberNormalizer phones, TimeProvider clock)
    {
        RuleFor(p => p.FirstName).PersonName();
        RuleFor(p => p.LastName).PersonName();
        RuleFor(p => p.Phone).PhoneNumber(phones).When(p => !string.IsNullOrWhiteSpace(p.Phone));
        RuleFor(p => p.BirthDate).BirthDate(clock);
        RuleFor(p => p.Address).Address();
        RuleFor(p => p.PreferredLanguage).Language();
    }
}
