using Clinic.Identity.Contracts;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.Patients.EnsurePatientProfile;

internal sealed class EnsurePatientProfileValidator : AbstractValidator<Contracts.EnsurePatientProfile>
{
    public EnsurePatientProfileValidator(IOptions<PortalOptions> portal)
    {
        RuleFor(e => e.FirstName).PersonName();
        RuleFor(e => e.LastName).PersonName();
        RuleFor(e => e.Email).Email();
        RuleFor(e => e.Phone).Phone(portal.Value.DefaultPhoneRegion).When(e => !string.IsNullOrWhiteSpace(e.Phone));
        RuleFor(e => e.Language).Language();
    }
}
