using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.Portal.UpdateMyProfile;

internal sealed class UpdateMyProfileHandler(IdentityDbContext db, CurrentPatient currentPatient, IOptions<PortalOptions> portal)
    : IRequestHandler<UpdateMyProfile, PatientProfile>
{
    public async ValueTask<PatientProfile> Handle(UpdateMyProfile command, CancellationToken cancellationToken)
    {
        var patient = await currentPatient.GetAsync(cancellationToken);
        patient.Update(new PatientDetails(
            command.FirstName,
            command.LastName,
            PhoneNumber.NormalizeOrNull(command.Phone, portal.Value.DefaultPhoneRegion),
            command.BirthDate,
            command.Address,
            command.PreferredLanguage,
            command.MarketingConsent));
        await db.SaveChangesAsync(cancellationToken);
        return PatientProfile.From(patient);
    }
}
