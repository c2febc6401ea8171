namespace Clinic.Forms.Domain.Audit;

/// <summary>
/// One read or change of a patient's clinical data (BY5): who, what, which record, when and from where.
/// Append-only: nothing in the product updates or deletes an entry, the DbContext refuses to, and the
/// database itself rejects UPDATE and DELETE on the table.
/// </summary>
internal sealed class AuditEntry
{
    private AuditEntry() { }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid PatientId { get; private set; }

    public ActorKind ActorKind { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public string? ActorRoles { get; private set; }

    public AuditAction Action { get; private set; }

    public AuditRecordType RecordType { get; private set; }

    public Guid RecordId { get; private set; }

    /// <summary>A short factual note: the form and version, what changed, a fingerprint. Never the clinical content itself.</summary>
    public string? Detail { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public static AuditEntry Record(DateTimeOffset at, Guid patientId, Actor actor, AuditAction action, AuditRecordType recordType, Guid recordId, string? detail) => new()
    {
        Id = Guid.NewGuid(),
        At = at,
        PatientId = patientId,
        ActorKind = actor.Kind,
        ActorId = Truncate(actor.Id, AuditLimits.ActorId)!,
        ActorName = Truncate(actor.Name, AuditLimits.ActorName)!,
        ActorRoles = Truncate(actor.Roles, AuditLimits.ActorRoles),
        Action = action,
        RecordType = recordType,
        RecordId = recordId,
        Detail = Truncate(detail, AuditLimits.Detail),
        IpAddress = Truncate(actor.IpAddress, AuditLimits.IpAddress),
        UserAgent = Truncate(actor.UserAgent, AuditLimits.UserAgent),
    };

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}

internal static class AuditLimits
{
    public const int ActorId = 200;
    public const int ActorName = 200;
    public const int ActorRoles = 100;
    public const int Detail = 1000;
    public const int IpAddress = 64;
    public const int UserAgent = 512;
}
