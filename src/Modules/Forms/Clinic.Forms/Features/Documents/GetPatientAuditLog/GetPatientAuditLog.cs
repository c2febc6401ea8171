using Clinic.Forms.Domain.Audit;
using Mediator;

namespace Clinic.Forms.Features.Documents.GetPatientAuditLog;

/// <summary>Who read or changed the patient's clinical data, newest first (BY5). Read-only: no API edits or deletes entries.</summary>
/// <param name="PatientId">The patient (profiles merged into theirs included).</param>
/// <param name="Before">Entries strictly before this instant (the previous page's last one), for paging.</param>
/// <param name="Limit">1–200, default 100.</param>
public sealed record GetPatientAuditLog(Guid PatientId, DateTimeOffset? Before = null, int Limit = 100) : IRequest<AuditLogPage>;

/// <summary>A page of the audit log.</summary>
/// <param name="Entries">Newest first.</param>
/// <param name="HasMore">Older entries exist: ask again with before = the last entry's time.</param>
public sealed record AuditLogPage(IReadOnlyList<AuditLogEntry> Entries, bool HasMore);

/// <summary>One read or change of clinical data.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="At">When.</param>
/// <param name="ActorKind">Patient, staff, API key or system.</param>
/// <param name="ActorId">The account or key.</param>
/// <param name="ActorName">Its name.</param>
/// <param name="ActorRoles">Staff roles at the time.</param>
/// <param name="Action">What was done.</param>
/// <param name="RecordType">The kind of record.</param>
/// <param name="RecordId">Which record.</param>
/// <param name="Detail">A factual note (form and version, fields changed, fingerprints).</param>
/// <param name="IpAddress">From where.</param>
/// <param name="UserAgent">With which browser or client.</param>
public sealed record AuditLogEntry(Guid Id, DateTimeOffset At, ActorKind ActorKind, string ActorId, string ActorName, string? ActorRoles, AuditAction Action,
    AuditRecordType RecordType, Guid RecordId, string? Detail, string? IpAddress, string? UserAgent);
