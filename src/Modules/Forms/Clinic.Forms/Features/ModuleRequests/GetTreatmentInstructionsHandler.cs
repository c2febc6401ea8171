using Clinic.Forms.Contracts;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.ModuleRequests;

/// <summary>
/// Hands Notifications the clinic-authored instructions to email (docs/adr/0017). Forms already issued to the
/// appointment keep their version, so the email matches the portal; forms not issued yet (Notifications may hear
/// of the booking before Forms does) come in their current version. Withdrawn ones are left out.
/// </summary>
internal sealed class GetTreatmentInstructionsHandler(FormsDbContext db, FormRequestPlanner planner) : IRequestHandler<GetTreatmentInstructions, TreatmentInstructions>
{
    public async ValueTask<TreatmentInstructions> Handle(GetTreatmentInstructions query, CancellationToken cancellationToken)
    {
        var kind = query.Timing == InstructionsTiming.BeforeTreatment ? FormKind.PreTreatmentInstructions : FormKind.PostTreatmentInstructions;
        var language = Languages.IsSupported(query.Language) ? query.Language : "es";
        var issued = await db.FormRequests.AsNoTracking().Where(r => r.AppointmentId == query.AppointmentId && r.Kind == kind).ToListAsync(cancellationToken);

        var versionIds = issued.Where(r => r.Status != FormRequestStatus.Withdrawn).Select(r => r.FormVersionId).ToList();
        var inForce = (await planner.InForceAsync(query.ServiceIds.ToList(), cancellationToken)).Where(f => f.Form.Kind == kind);
        versionIds.AddRange(inForce.Where(f => issued.All(r => r.FormId != f.Form.Id)).Select(f => f.Version.Id));

        var versions = await db.FormVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken);
        return new TreatmentInstructions(versions
            .OrderBy(v => v.Content.Title.In(language), StringComparer.CurrentCulture)
            .Select(v => new InstructionDocument(v.FormId, v.Id, v.Content.Title.In(language), v.Content.Introduction?.In(language), Points(v.Content, language)))
            .ToList());
    }

    /// <summary>Each heading with the paragraphs under it becomes one point; a paragraph before any heading stands alone.</summary>
    private static IReadOnlyList<InstructionPoint> Points(FormContent content, string language)
    {
        var points = new List<InstructionPoint>();
        string? heading = null;
        var paragraphs = new List<string>();
        void Flush()
        {
            if (heading is not null || paragraphs.Count > 0)
            {
                points.Add(paragraphs.Count == 0 ? new InstructionPoint(null, heading!) : new InstructionPoint(heading, string.Join(" ", paragraphs)));
            }

            heading = null;
            paragraphs.Clear();
        }

        foreach (var item in content.Items)
        {
            if (item.Type == FormItemType.Heading)
            {
                Flush();
                heading = item.Text.In(language);
            }
            else if (item.Type == FormItemType.Paragraph)
            {
                if (heading is null)
                {
                    Flush();
                    points.Add(new InstructionPoint(null, item.Text.In(language)));
                    continue;
                }

                paragraphs.Add(item.Text.In(language));
            }
        }

        Flush();
        return points;
    }
}
