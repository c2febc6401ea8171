namespace Clinic.Forms.Domain.Forms;

/// <summary>What an item of a form is: text to read, a question, or (in consents) a statement to acknowledge.</summary>
public enum FormItemType
{
    Heading,
    Paragraph,
    ShortText,
    LongText,
    SingleChoice,
    MultipleChoice,

    /// <summary>Yes or no, optionally with a follow-up question asked on one of the two answers.</summary>
    YesNo,
    Date,
    Number,

    /// <summary>A consent's "I understand…" statement: a checkbox the patient must tick before signing.</summary>
    Acknowledgement,
}

internal static class FormItemTypes
{
    public static bool IsContent(this FormItemType type) => type is FormItemType.Heading or FormItemType.Paragraph;

    public static bool IsQuestion(this FormItemType type) => !type.IsContent() && type != FormItemType.Acknowledgement;

    public static bool HasOptions(this FormItemType type) => type is FormItemType.SingleChoice or FormItemType.MultipleChoice;
}
