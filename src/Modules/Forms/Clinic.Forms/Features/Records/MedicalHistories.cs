using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.MedicalHistory;
using Clinic.Forms.Features;
using Clinic.Forms.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Records;

/// <summary>
/// Reading and changing a medical history, for the patient in the portal and for Providers and Admins. Every read
/// and every change writes an audit entry in the same transaction (BY5); a change is a new version, never an edit.
/// </summary>
internal sealed class MedicalHistories(FormsDbContext db, PatientRecords patients, AuditTrail audit, TimeProvider clock)
{
    public async Task<MedicalHistoryView> ReadAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var records = await RecordsAsync(patientId, cancellationToken);
        var current = records.FirstOrDefault();
        audit.Record(patientId, AuditAction.Viewed, AuditRecordType.MedicalHistory, current?.Id ?? patientId,
            current is null ? "No medical history recorded yet." : $"Version of {current.RecordedAt:u}");
        await db.SaveChangesAsync(cancellationToken);
        return View(records);
    }

    public async Task<MedicalHistoryView> UpdateAsync(Guid patientId, MedicalHistoryData data, Guid? basedOnRecordId, CancellationToken cancellationToken)
    {
        var records = await RecordsAsync(patientId, cancellationToken);
        var current = records.FirstOrDefault();
        if (current?.Id != basedOnRecordId)
        {
            throw new ConflictException("The medical history changed since it was opened (perhaps on another device or by the clinic). Reload it, check it and save again.",
                new Dictionary<string, object?> { ["reason"] = "staleVersion", ["currentRecordId"] = current?.Id });
        }

        var nextNumber = records.Where(r => r.PatientId == patientId).Select(r => r.Version).DefaultIfEmpty(0).Max() + 1;
        var next = MedicalHistoryRecord.Next(patientId, current?.Data, nextNumber, data, audit.Actor, clock.GetUtcNow());
        if (next is null)
        {
            return View(records);
        }

        db.MedicalHistoryRecords.Add(next);
        var changes = MedicalHistoryRules.Differences(current?.Data ?? MedicalHistoryData.Empty, next.Data);
        audit.Record(patientId, current is null ? AuditAction.Created : AuditAction.Updated, AuditRecordType.MedicalHistory, next.Id,
            $"Changed: {string.Join(", ", changes.Select(c => c.Field))}");
        await db.SaveChangesAsync(cancellationToken);
        return View([next, .. records]);
    }

    /// <summary>Every version of the patient and of profiles merged into theirs, newest first.</summary>
    private async Task<List<MedicalHistoryRecord>> RecordsAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var ids = await patients.IdsOfAsync(patientId, cancellationToken);
        var records = await db.MedicalHistoryRecords.AsNoTracking().Where(r => ids.Contains(r.PatientId)).ToListAsync(cancellationToken);
        return records.OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Version).ToList();
    }

    private static MedicalHistoryView View(IReadOnlyList<MedicalHistoryRecord> newestFirst)
    {
        var history = newestFirst.Select((record, index) => new MedicalHistoryVersionView(
            record.Id, record.RecordedAt, record.RecordedByName, record.RecordedByKind,
            MedicalHistoryRules.Differences(index + 1 < newestFirst.Count ? newestFirst[index + 1].Data : MedicalHistoryData.Empty, record.Data))).ToList();
        var current = newestFirst.FirstOrDefault();
        return new MedicalHistoryView(current?.Data ?? MedicalHistoryData.Empty, current?.Id, current?.RecordedAt, current?.RecordedByName, current?.RecordedByKind, history);
    }
}
