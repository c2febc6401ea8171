using System.Security.Cryptography;
using System.Text;

namespace Clinic.Forms.Domain.Forms;

/// <summary>
/// A version's text as the patient reads it in one language, line by line in a fixed form. Its SHA-256 is the
/// evidence of what a consent said when it was signed; the signed PDF prints these same lines, so a PDF can be
/// checked against the version it claims to be.
/// </summary>
internal static class DocumentText
{
    public static IReadOnlyList<string> Lines(FormContent content, string language)
    {
        var lines = new List<string> { content.Title.In(language) };
        if (content.Introduction is { } introduction)
        {
            lines.Add(introduction.In(language));
        }

        foreach (var item in content.Items)
        {
            var text = item.Text.In(language);
            lines.Add(item.Type switch
            {
                FormItemType.Acknowledgement => $"[ ] {text}",
                _ when item.Type.IsQuestion() => $"{text}{(item.Required ? " *" : "")}",
                _ => text,
            });
            if (item.Type.HasOptions())
            {
                lines.AddRange(item.Options!.Select(o => $"- {o.Text.In(language)}"));
            }

            if (item.FollowUp is { } followUp)
            {
                lines.Add(followUp.Text.In(language));
            }
        }

        return lines;
    }

    public static string Of(FormContent content, string language) => string.Join('\n', Lines(content, language));

    public static string Sha256(FormContent content, string language) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(content, language))));
}
