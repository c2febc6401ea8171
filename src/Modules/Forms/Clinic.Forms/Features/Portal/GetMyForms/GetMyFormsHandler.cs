using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Requests;
using Mediator;

namespace Clinic.Forms.Features.Portal.GetMyForms;

internal sealed class GetMyFormsHandler(RequestOverview overview, PatientRecords patients, ICurrentUser user) : IRequestHandler<GetMyForms, MyForms>
{
    public async ValueTask<MyForms> Handle(GetMyForms query, CancellationToken cancellationToken)
    {
        var visits = await overview.ForPatientAsync(await patients.IdsOfAsync(CurrentPatient.IdOf(user), cancellationToken), cancellationToken);

        var actionRequired = visits
            .Where(v => v.Visit.Status == VisitStatus.Booked)
            .Select(v => v with { Requests = v.Requests.Where(r => r.Kind.IsRequestedAtBooking() && r.Status != FormRequestStatus.Withdrawn).ToList() })
            .Where(v => v.Requests.Count > 0)
            .OrderBy(v => v.Visit.StartsAt)
            .ToList();
        var aftercare = visits
            .Select(v => v with { Requests = v.Requests.Where(r => r.Kind == FormKind.PostTreatmentInstructions).ToList() })
            .Where(v => v.Requests.Count > 0)
            .ToList();
        var documents = visits
            .Where(v => v.Visit.Status != VisitStatus.Booked)
            .Select(v => v with { Requests = v.Requests.Where(r => r.Kind is FormKind.Questionnaire or FormKind.Consent && r.SubmissionId is not null).ToList() })
            .Where(v => v.Requests.Count > 0)
            .ToList();
        return new MyForms(actionRequired, aftercare, documents);
    }
}
