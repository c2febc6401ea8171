using System.Text.Json.Serialization;

namespace Clinic.Forms.Domain.Forms;

/// <summary>A text in Spanish and English (BY1). A draft may leave one empty; a published version may not.</summary>
public sealed record LocalizedText(string Es, string En)
{
    public static LocalizedText Empty { get; } = new("", "");

    [JsonIgnore]
    public bool IsComplete => !string.IsNullOrWhiteSpace(Es) && !string.IsNullOrWhiteSpace(En);

    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Es) && string.IsNullOrWhiteSpace(En);

    /// <summary>The text in <paramref name="language"/> ("es"/"en"), falling back to the other one when it is missing.</summary>
    public string In(string language)
    {
        var (first, second) = language == "en" ? (En, Es) : (Es, En);
        return string.IsNullOrWhiteSpace(first) ? second ?? "" : first;
    }

    public LocalizedText Trimmed() => new(Es?.Trim() ?? "", En?.Trim() ?? "");
}
