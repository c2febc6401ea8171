namespace Clinic.Forms.Domain.Answers;

/// <summary>
/// The answer to one item. Exactly the field that fits the item's type is set: <see cref="Text"/> for text
/// questions, <see cref="Choices"/> for choice questions (one id for a single choice), <see cref="YesNo"/> (and
/// <see cref="FollowUp"/> when the follow-up question is asked), <see cref="Date"/>, <see cref="Number"/>, or
/// <see cref="Acknowledged"/> for a consent's statements.
/// </summary>
/// <param name="ItemId">The item answered.</param>
/// <param name="Text">Short or long text.</param>
/// <param name="Choices">Option ids chosen.</param>
/// <param name="YesNo">Yes (true) or no (false).</param>
/// <param name="FollowUp">Answer to the follow-up question of a yes/no item.</param>
/// <param name="Date">A calendar date.</param>
/// <param name="Number">A number.</param>
/// <param name="Acknowledged">A consent statement ticked.</param>
public sealed record FormAnswer(
    string ItemId,
    string? Text = null,
    IReadOnlyList<string>? Choices = null,
    bool? YesNo = null,
    string? FollowUp = null,
    DateOnly? Date = null,
    decimal? Number = null,
    bool? Acknowledged = null);
