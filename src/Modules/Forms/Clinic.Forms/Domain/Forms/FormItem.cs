namespace Clinic.Forms.Domain.Forms;

/// <summary>
/// One item of a form, in order. <see cref="Id"/> is stable across versions so a draft and the answers keep
/// pointing at the same question when staff reword it.
/// </summary>
/// <param name="Id">Lowercase letters, digits and dashes, unique in the form (e.g. "allergies").</param>
/// <param name="Type">What the item is.</param>
/// <param name="Text">The heading, paragraph, question or acknowledgement statement.</param>
/// <param name="Help">A hint shown under a question.</param>
/// <param name="Required">A question that must be answered; acknowledgements are always required.</param>
/// <param name="Options">The choices of a single- or multiple-choice question.</param>
/// <param name="FollowUp">For a yes/no question: what to ask next on one of the answers.</param>
/// <param name="Min">Smallest accepted number.</param>
/// <param name="Max">Largest accepted number.</param>
public sealed record FormItem(
    string Id,
    FormItemType Type,
    LocalizedText Text,
    LocalizedText? Help = null,
    bool Required = false,
    IReadOnlyList<ChoiceOption>? Options = null,
    FollowUpQuestion? FollowUp = null,
    decimal? Min = null,
    decimal? Max = null);

/// <summary>One choice of a choice question; <see cref="Id"/> is what an answer stores.</summary>
public sealed record ChoiceOption(string Id, LocalizedText Text);

/// <summary>A free-text question asked when a yes/no answer equals <see cref="AskWhen"/> ("which medication?").</summary>
public sealed record FollowUpQuestion(bool AskWhen, LocalizedText Text, bool Required);
