namespace Clinic.Forms.Domain.Forms;

/// <summary>The four things staff build (ST3); each reaches the patient at its own moment.</summary>
public enum FormKind
{
    /// <summary>Answered before the visit (PP12).</summary>
    Questionnaire,

    /// <summary>Read, acknowledged and signed before the visit (PP12).</summary>
    Consent,

    /// <summary>Shown in "Action required" and emailed at booking (PP10).</summary>
    PreTreatmentInstructions,

    /// <summary>Released when the visit starts, emailed after it (PP11).</summary>
    PostTreatmentInstructions,
}

internal static class FormKinds
{
    public static bool IsInstructions(this FormKind kind) => kind is FormKind.PreTreatmentInstructions or FormKind.PostTreatmentInstructions;

    /// <summary>What the patient must do before the visit; post-treatment instructions only arrive once it has started.</summary>
    public static bool IsRequestedAtBooking(this FormKind kind) => kind != FormKind.PostTreatmentInstructions;

    /// <summary>The order "Action required" lists them in: questions first, then what to sign, then what to read.</summary>
    public static int ListOrder(this FormKind kind) => kind switch
    {
        FormKind.Questionnaire => 0,
        FormKind.Consent => 1,
        FormKind.PreTreatmentInstructions => 2,
        _ => 3,
    };
}
