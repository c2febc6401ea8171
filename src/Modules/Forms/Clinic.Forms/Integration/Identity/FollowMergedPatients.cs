using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Patients;
using Clinic.Forms.Features;
using Clinic.Forms.Persistence;
using Clinic.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Integration.Identity;

/// <summary>
/// Merged duplicate profiles: the merged patient's forms, answers, consents and medical history now read as the
/// surviving patient's. Nothing signed or audited is rewritten; an alias records the merge, and the audit log says so.
/// </summary>
internal sealed class FollowMergedPatients(FormsDbContext db, AuditTrail audit, TimeProvider clock)
    : IntegrationEventHandler<PatientsMerged, FormsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PatientsMerged merged, CancellationToken cancellationToken)
    {
        if (await Db.PatientAliases.AnyAsync(a => a.MergedPatientId == merged.MergedPatientId, cancellationToken))
        {
            return;
        }

        foreach (var alias in await Db.PatientAliases.Where(a => a.SurvivingPatientId == merged.MergedPatientId).ToListAsync(cancellationToken))
        {
            alias.RedirectTo(merged.SurvivingPatientId);
        }

        Db.PatientAliases.Add(new PatientAlias(merged.MergedPatientId, merged.SurvivingPatientId, merged.OccurredAt));
        audit.RecordAs(Actor.System, merged.SurvivingPatientId, AuditAction.PatientsMerged, AuditRecordType.Patient, merged.MergedPatientId,
            $"Profile {merged.MergedPatientId:D} merged into this one; its forms and medical history now show here.");
    }
}
