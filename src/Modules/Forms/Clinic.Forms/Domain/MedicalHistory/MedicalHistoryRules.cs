using System.Globalization;

namespace Clinic.Forms.Domain.MedicalHistory;

/// <summary>How a medical history is tidied before it is stored, and what changed between two versions.</summary>
internal static class MedicalHistoryRules
{
    public static MedicalHistoryData Normalize(MedicalHistoryData data) => data with
    {
        Allergies = Detail(data.Allergies),
        Medications = Detail(data.Medications),
        Conditions = (data.Conditions ?? []).Distinct().Order().ToList(),
        OtherConditions = Text(data.OtherConditions),
        PreviousAestheticTreatments = Detail(data.PreviousAestheticTreatments),
        PreviousReactions = Detail(data.PreviousReactions),
        Notes = Text(data.Notes),
    };

    public static IReadOnlyList<MedicalHistoryChange> Differences(MedicalHistoryData before, MedicalHistoryData after)
    {
        var changes = new List<MedicalHistoryChange>();
        void Compare(string field, string? old, string? current)
        {
            if (!string.Equals(old, current, StringComparison.Ordinal))
            {
                changes.Add(new MedicalHistoryChange(field, old, current));
            }
        }

        Compare("allergies", YesNo(before.Allergies.Answer), YesNo(after.Allergies.Answer));
        Compare("allergies.details", before.Allergies.Details, after.Allergies.Details);
        Compare("medications", YesNo(before.Medications.Answer), YesNo(after.Medications.Answer));
        Compare("medications.details", before.Medications.Details, after.Medications.Details);
        Compare("takesBloodThinners", YesNo(before.TakesBloodThinners), YesNo(after.TakesBloodThinners));
        Compare("isotretinoinLastYear", YesNo(before.IsotretinoinLastYear), YesNo(after.IsotretinoinLastYear));
        Compare("conditions", List(before.Conditions), List(after.Conditions));
        Compare("otherConditions", before.OtherConditions, after.OtherConditions);
        Compare("previousAestheticTreatments", YesNo(before.PreviousAestheticTreatments.Answer), YesNo(after.PreviousAestheticTreatments.Answer));
        Compare("previousAestheticTreatments.details", before.PreviousAestheticTreatments.Details, after.PreviousAestheticTreatments.Details);
        Compare("previousReactions", YesNo(before.PreviousReactions.Answer), YesNo(after.PreviousReactions.Answer));
        Compare("previousReactions.details", before.PreviousReactions.Details, after.PreviousReactions.Details);
        Compare("pregnancy", before.Pregnancy?.ToString(), after.Pregnancy?.ToString());
        Compare("skinType", before.SkinType?.ToString(), after.SkinType?.ToString());
        Compare("smoker", YesNo(before.Smoker), YesNo(after.Smoker));
        Compare("implantsOrPacemaker", YesNo(before.ImplantsOrPacemaker), YesNo(after.ImplantsOrPacemaker));
        Compare("recentSunExposure", YesNo(before.RecentSunExposure), YesNo(after.RecentSunExposure));
        Compare("notes", before.Notes, after.Notes);
        return changes;
    }

    private static YesNoDetail Detail(YesNoDetail? detail) =>
        detail is null ? new YesNoDetail(null, null) : new YesNoDetail(detail.Answer, detail.Answer == true ? Text(detail.Details) : null);

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? YesNo(bool? value) => value?.ToString(CultureInfo.InvariantCulture).ToLowerInvariant() switch
    {
        "true" => "yes",
        "false" => "no",
        _ => null,
    };

    private static string? List(IReadOnlyList<MedicalCondition>? conditions) =>
        conditions is null || conditions.Count == 0 ? null : string.Join(", ", conditions.Order());
}
