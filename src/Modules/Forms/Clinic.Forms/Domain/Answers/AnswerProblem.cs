namespace Clinic.Forms.Domain.Answers;

/// <summary>Why the answer to one item is refused; shown next to that item.</summary>
internal sealed record AnswerProblem(string ItemId, string Message);
