namespace Clinic.Forms.Domain.Forms;

/// <summary>Which content rule a problem breaks; the builder words each one in Spanish or English.</summary>
public enum ContentProblemCode
{
    /// <summary>A text is missing its "es" or "en" member (a draft may leave one empty, not absent).</summary>
    TextMissing,

    /// <summary>A text is longer than <c>Limit</c> characters.</summary>
    TextTooLong,

    /// <summary>The list of items is missing.</summary>
    ItemsMissing,

    /// <summary>More than <c>Limit</c> items.</summary>
    TooManyItems,

    /// <summary>An entry of the list of items (or options) is null.</summary>
    EntryMissing,

    /// <summary>An item or option id is not 1–40 lowercase letters, digits or dashes.</summary>
    InvalidId,

    /// <summary>Another item (or option) of the form already uses this id.</summary>
    DuplicateId,

    /// <summary>The item type is unknown.</summary>
    UnknownType,

    /// <summary>Acknowledgements belong in consents.</summary>
    AcknowledgementOutsideConsent,

    /// <summary>Instructions hold headings and paragraphs only.</summary>
    QuestionInInstructions,

    /// <summary>Only a yes/no question has a follow-up question.</summary>
    FollowUpNotOnYesNo,

    /// <summary>Only a number question has limits.</summary>
    LimitsNotOnNumber,

    /// <summary>The largest value is below the smallest one.</summary>
    MaxBelowMin,

    /// <summary>A limit is beyond ±1,000,000,000.</summary>
    LimitOutOfRange,

    /// <summary>Only choice questions have options.</summary>
    OptionsNotOnChoice,

    /// <summary>A choice question needs 2 to <c>Limit</c> options.</summary>
    OptionCount,

    /// <summary>The Spanish text is empty; a published version needs it.</summary>
    SpanishMissing,

    /// <summary>The English text is empty; a published version needs it.</summary>
    EnglishMissing,

    /// <summary>A questionnaire needs at least one question.</summary>
    NoQuestion,

    /// <summary>A consent needs at least one statement to acknowledge.</summary>
    NoAcknowledgement,

    /// <summary>A consent or instructions need at least one paragraph.</summary>
    NoParagraph,
}
