namespace Clinic.Forms.Domain.MedicalHistory;

/// <summary>One field that changed between two versions: its name as the API calls it, and its value before and after (null: not answered).</summary>
public sealed record MedicalHistoryChange(string Field, string? Before, string? After);
