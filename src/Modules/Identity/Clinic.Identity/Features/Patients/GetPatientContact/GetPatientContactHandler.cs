using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Contracts;
using Mediator;

namespace Clinic.Identity.Features.Patients.GetPatientContact;

internal sealed class GetPatientContactHandler(PatientDirectory patients) : IRequestHandler<Contracts.GetPatientContact, PatientContactDetails>
{
    public async ValueTask<PatientContactDetails> Handle(Contracts.GetPatientContact request, CancellationToken cancellationToken)
    {
        var patient = await patients.FindAsync(request.PatientId, cancellationToken) ?? throw new NotFoundException("Patient", request.PatientId);
        return patient.ToContact();
    }
}
