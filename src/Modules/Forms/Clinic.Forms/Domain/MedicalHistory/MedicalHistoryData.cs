namespace Clinic.Forms.Domain.MedicalHistory;

/// <summary>
/// What an aesthetic clinic needs to know before treating (PP7): allergies, medication (blood thinners and
/// isotretinoin matter for fillers, peels and lasers), conditions, earlier treatments and reactions,
/// pregnancy or breastfeeding, Fitzpatrick skin type, smoking, implants and recent sun. Unanswered is null.
/// </summary>
/// <param name="Allergies">Allergies (medicines, lidocaine, latex, eggs…) and which.</param>
/// <param name="Medications">Medication and supplements taken now, and which.</param>
/// <param name="TakesBloodThinners">Anticoagulants, antiplatelets, aspirin or high-dose fish oil.</param>
/// <param name="IsotretinoinLastYear">Isotretinoin (Roaccutane) within the last 12 months.</param>
/// <param name="Conditions">Conditions that change what can be done.</param>
/// <param name="OtherConditions">Anything else the clinic should know.</param>
/// <param name="PreviousAestheticTreatments">Fillers, toxin, threads, peels, laser… and when.</param>
/// <param name="PreviousReactions">Reactions or complications after earlier treatments.</param>
/// <param name="Pregnancy">Pregnant, breastfeeding or planning a pregnancy.</param>
/// <param name="SkinType">Fitzpatrick skin type, I (always burns) to VI (never burns).</param>
/// <param name="Smoker">Smokes or vapes.</param>
/// <param name="ImplantsOrPacemaker">Pacemaker, metal implants or other electronic devices.</param>
/// <param name="RecentSunExposure">Sunbathing, tanning beds or self-tan in the last four weeks.</param>
/// <param name="Notes">Anything else.</param>
public sealed record MedicalHistoryData(
    YesNoDetail Allergies,
    YesNoDetail Medications,
    bool? TakesBloodThinners,
    bool? IsotretinoinLastYear,
    IReadOnlyList<MedicalCondition> Conditions,
    string? OtherConditions,
    YesNoDetail PreviousAestheticTreatments,
    YesNoDetail PreviousReactions,
    PregnancyStatus? Pregnancy,
    FitzpatrickSkinType? SkinType,
    bool? Smoker,
    bool? ImplantsOrPacemaker,
    bool? RecentSunExposure,
    string? Notes)
{
    public static MedicalHistoryData Empty { get; } = new(
        new(null, null), new(null, null), null, null, [], null, new(null, null), new(null, null), null, null, null, null, null, null);
}

/// <summary>A yes/no answer and, when yes, the details.</summary>
public sealed record YesNoDetail(bool? Answer, string? Details);

public enum MedicalCondition
{
    Diabetes,
    AutoimmuneDisease,
    BleedingDisorder,
    ColdSores,
    Epilepsy,
    HeartDisease,
    HighBloodPressure,
    KeloidScarring,
    NeuromuscularDisorder,
    Cancer,
    ThyroidDisorder,
    SkinInfection,
}

public enum PregnancyStatus
{
    No,
    Pregnant,
    Breastfeeding,
    PlanningPregnancy,
    NotApplicable,
}

public enum FitzpatrickSkinType
{
    I,
    II,
    III,
    IV,
    V,
    VI,
}
