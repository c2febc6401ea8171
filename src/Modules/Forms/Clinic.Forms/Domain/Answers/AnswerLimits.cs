namespace Clinic.Forms.Domain.Answers;

internal static class AnswerLimits
{
    public const int ShortText = 300;
    public const int LongText = 4000;
    public const int FollowUp = 2000;
    public const int MaxAnswers = 150;
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2200, 12, 31);
}
