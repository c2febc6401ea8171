using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Persistence;

namespace Clinic.Forms.Features;

/// <summary>
/// Who is acting (from the authenticated principal, never the request body) and the audit entries of what they
/// read or change (BY5). Entries are added to the module's DbContext, so they commit with the change itself.
/// </summary>
internal sealed class AuditTrail(FormsDbContext db, ICurrentUser user, IRequestOrigin origin, TimeProvider clock)
{
    private const string ApiKeyPrefix = "api-key:";
    private static readonly string[] StaffRoles = [ClinicRoles.Admin, ClinicRoles.Provider, ClinicRoles.FrontDesk];

    public Actor Actor => field ??= Identify();

    /// <summary>Acting for a patient means the session's own patient, or staff filling a form with them.</summary>
    public bool IsPatient => Actor.Kind == ActorKind.Patient;

    public void Record(Guid patientId, AuditAction action, AuditRecordType recordType, Guid recordId, string? detail = null) =>
        RecordAs(Actor, patientId, action, recordType, recordId, detail);

    public void RecordAs(Actor actor, Guid patientId, AuditAction action, AuditRecordType recordType, Guid recordId, string? detail = null) =>
        db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow(), patientId, actor, action, recordType, recordId, detail));

    private Actor Identify()
    {
        if (!user.IsAuthenticated)
        {
            return Actor.System;
        }

        var id = user.UserId ?? "unknown";
        if (user.PatientId is not null)
        {
            return new Actor(ActorKind.Patient, id, user.DisplayName, null, origin.IpAddress, origin.UserAgent);
        }

        if (id.StartsWith(ApiKeyPrefix, StringComparison.Ordinal))
        {
            return new Actor(ActorKind.ApiKey, id, user.DisplayName, null, origin.IpAddress, origin.UserAgent);
        }

        var roles = string.Join(',', StaffRoles.Where(user.IsInRole));
        return new Actor(ActorKind.Staff, id, user.DisplayName, roles.Length == 0 ? null : roles, origin.IpAddress, origin.UserAgent);
    }
}
