using Clinic.Forms.Contracts;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.ModuleRequests;

/// <summary>Answers Notifications' "what is still pending?" with status and titles only (docs/adr/0017).</summary>
internal sealed class GetAppointmentFormsStatusHandler(FormsDbContext db) : IRequestHandler<GetAppointmentFormsStatus, AppointmentFormsStatus>
{
    public async ValueTask<AppointmentFormsStatus> Handle(GetAppointmentFormsStatus query, CancellationToken cancellationToken)
    {
        var requests = await db.FormRequests.AsNoTracking()
            .Where(r => r.AppointmentId == query.AppointmentId && r.Status != FormRequestStatus.Withdrawn && r.Kind != FormKind.PostTreatmentInstructions)
            .ToListAsync(cancellationToken);
        var versionIds = requests.Select(r => r.FormVersionId).Distinct().ToList();
        var versions = await db.FormVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var language = Languages.IsSupported(query.Language) ? query.Language : "es";
        var pending = requests
            .Where(r => r.Status == FormRequestStatus.Pending)
            .Select(r => (r.Kind, Title: versions[r.FormVersionId].Content.Title.In(language)))
            .OrderBy(p => p.Kind.ListOrder()).ThenBy(p => p.Title, StringComparer.CurrentCulture)
            .Select(p => p.Title)
            .ToList();
        return new AppointmentFormsStatus(query.AppointmentId, requests.Count, requests.Count - pending.Count, pending);
    }
}
