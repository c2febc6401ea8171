namespace Clinic.Forms.Domain.Answers;

/// <summary>How strictly answers are checked: a draft may be incomplete; a submission may not.</summary>
internal enum AnswerCheck
{
    Draft,
    Submission,
}
