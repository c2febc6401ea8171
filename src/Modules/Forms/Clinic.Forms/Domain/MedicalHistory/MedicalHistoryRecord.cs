using Clinic.Forms.Domain.Audit;

namespace Clinic.Forms.Domain.MedicalHistory;

/// <summary>
/// One version of a patient's medical history (PP7). Every change adds a version with who made it and when;
/// earlier versions are never altered, so the history of changes is always complete.
/// </summary>
internal sealed class MedicalHistoryRecord
{
    private MedicalHistoryData? data;

    private MedicalHistoryRecord() { }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    /// <summary>1, 2, 3… per patient.</summary>
    public int Version { get; private set; }

    public string DataJson { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public ActorKind RecordedByKind { get; private set; }

    public string RecordedById { get; private set; } = "";

    public string RecordedByName { get; private set; } = "";

    public MedicalHistoryData Data => data ??= StoredJson.Read<MedicalHistoryData>(DataJson);

    /// <summary>The next version (numbered <paramref name="number"/>), or null when <paramref name="changed"/> says nothing new.</summary>
    public static MedicalHistoryRecord? Next(Guid patientId, MedicalHistoryData? current, int number, MedicalHistoryData changed, Actor actor, DateTimeOffset now)
    {
        var normalized = MedicalHistoryRules.Normalize(changed);
        if (MedicalHistoryRules.Differences(current ?? MedicalHistoryData.Empty, normalized).Count == 0)
        {
            return null;
        }

        return new MedicalHistoryRecord
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            Version = number,
            DataJson = StoredJson.Write(normalized),
            data = normalized,
            RecordedAt = now,
            RecordedByKind = actor.Kind,
            RecordedById = actor.Id,
            RecordedByName = actor.Name,
        };
    }
}
