using Clinic.Identity.Features.Patients;
using Mediator;

namespace Clinic.Identity.Features.Portal.GetMyProfile;

internal sealed class GetMyProfileHandler(CurrentPatient currentPatient) : IRequestHandler<GetMyProfile, PatientProfile>
{
    public async ValueTask<PatientProfile> Handle(GetMyProfile query, CancellationToken cancellationToken) =>
        PatientProfile.From(await currentPatient.GetAsync(cancellationToken));
}
