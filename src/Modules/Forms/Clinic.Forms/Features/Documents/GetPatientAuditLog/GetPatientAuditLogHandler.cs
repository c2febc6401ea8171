using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Features;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Documents.GetPatientAuditLog;

internal sealed class GetPatientAuditLogHandler(FormsDbContext db, PatientRecords patients) : IRequestHandler<GetPatientAuditLog, AuditLogPage>
{
    public async ValueTask<AuditLogPage> Handle(GetPatientAuditLog query, CancellationToken cancellationToken)
    {
        var ids = await patients.IdsOfAsync(query.PatientId, cancellationToken);
        var entries = db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.PatientId));
        if (query.Before is { } before)
        {
            entries = entries.Where(a => a.At < before);
        }

        var page = await entries.OrderByDescending(a => a.At).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            // Paging is by time, so a page never ends inside a group of entries of the same instant: it takes the whole group.
            var boundary = page[query.Limit - 1].At;
            page = [.. page.Where(a => a.At > boundary), .. await entries.Where(a => a.At == boundary).ToListAsync(cancellationToken)];
            hasMore = await entries.AnyAsync(a => a.At < boundary, cancellationToken);
        }

        return new AuditLogPage(page.OrderByDescending(a => a.At).Select(View).ToList(), hasMore);
    }

    private static AuditLogEntry View(AuditEntry a) =>
        new(a.Id, a.At, a.ActorKind, a.ActorId, a.ActorName, a.ActorRoles, a.Action, a.RecordType, a.RecordId, a.Detail, a.IpAddress, a.UserAgent);
}
