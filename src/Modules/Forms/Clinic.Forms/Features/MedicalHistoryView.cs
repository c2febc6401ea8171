using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.MedicalHistory;

namespace Clinic.Forms.Features;

/// <summary>A patient's medical history (PP7): the current answers and every change, who made it and when.</summary>
/// <param name="Data">The current answers (all unanswered when nothing was recorded yet).</param>
/// <param name="RecordId">The current version's id; send it back as basedOnRecordId when saving. Null when nothing was recorded yet.</param>
/// <param name="RecordedAt">When the current version was saved.</param>
/// <param name="RecordedBy">Who saved it.</param>
/// <param name="RecordedByKind">The patient or a staff member.</param>
/// <param name="History">Every version, newest first, with what changed from the one before.</param>
public sealed record MedicalHistoryView(MedicalHistoryData Data, Guid? RecordId, DateTimeOffset? RecordedAt, string? RecordedBy, ActorKind? RecordedByKind,
    IReadOnlyList<MedicalHistoryVersionView> History);

/// <summary>One saved version and the fields it changed.</summary>
public sealed record MedicalHistoryVersionView(Guid RecordId, DateTimeOffset RecordedAt, string RecordedBy, ActorKind RecordedByKind, IReadOnlyList<MedicalHistoryChange> Changes);
