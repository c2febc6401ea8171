using Clinic.BuildingBlocks.Phones;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using Mediator;

namespace Clinic.Identity.Features.Portal.UpdateMyProfile;

internal sealed class UpdateMyProfileHandler(IdentityDbContext db, CurrentPatient currentPatient, PhoneNumberNormalizer phones)
    : IRequestHandler<UpdateMyProfile, PatientProfile>
{
    public async ValueTask<PatientProfile> Handle(UpdateMyProfile command, CancellationToken cancellationToken)
    {
        var patient = await currentPatient.GetAsync(cancellationToken);
        patient.Update(new PatientDetails(
            command.FirstName,
            command.LastName,
            phones.NormalizeOrNull(command.Phone),
            command.BirthDate,
            command.Address,
            command.PreferredLanguage,
            command.MarketingConsent));
        await db.SaveChangesAsync(cancellationToken);
        return PatientProfile.From(patient);
    }
}
