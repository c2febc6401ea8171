using FluentValidation;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.Account.RegisterPatient;

internal sealed class RegisterPatientValidator : AbstractValidator<RegisterPatient>
{
    public RegisterPatientValidator(IOptions<PortalOptions> portal, TimeProvider clock)
    {
        RuleFor(r => r.FirstName).PersonName();
        RuleFor(r => r.LastName).PersonName();
        RuleFor(r => r.Email).Email();
        RuleFor(r => r.Password).NewPassword();
        RuleFor(r => r.Phone).Phone(portal.Value.DefaultPhoneRegion).When(r => !string.IsNullOrWhiteSpace(r.Phone));
        RuleFor(r => r.BirthDate).BirthDate(clock);
        RuleFor(r => r.Language).Language();
    }
}
