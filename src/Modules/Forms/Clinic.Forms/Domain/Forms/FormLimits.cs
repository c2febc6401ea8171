namespace Clinic.Forms.Domain.Forms;

/// <summary>Sizes that keep a form readable on a phone and every request small.</summary>
internal static class FormLimits
{
    public const int MaxItems = 120;
    public const int MaxOptions = 30;
    public const int IdLength = 40;
    public const int TitleLength = 200;
    public const int IntroductionLength = 4000;
    public const int ItemTextLength = 4000;
    public const int HelpLength = 500;
    public const int OptionTextLength = 200;
    public const int MaxReuseDays = 365;
    public const decimal NumberLimit = 1_000_000_000m;
}
