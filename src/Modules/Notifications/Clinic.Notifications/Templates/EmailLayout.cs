using System.Text;

namespace Clinic.Notifications.Templates;

/// <summary>
/// The clinic's email look: a single centred card with inline styles and table layout, because
/// that is what every mail client (Outlook included) renders the same way.
/// </summary>
internal static class EmailLayout
{
    private const string Text = "#2d2a26";
    private const string Muted = "#77706a";
    private const string Accent = "#7a5c4f";

    public static RenderedEmail Render(EmailContent content, ClinicBranding clinic, Language language) =>
        new(content.Subject, Html(content, clinic, language), PlainText(content));

    private static string Html(EmailContent content, ClinicBranding clinic, Language language)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{language.Code()}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{E(content.Subject)}</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f4f1ee;\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f1ee;\"><tr><td align=\"center\" style=\"padding:24px 12px;\">")
            .Append($"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;color:{Text};\">")
            .Append("<tr><td style=\"padding:24px 32px;border-bottom:1px solid #ece7e2;\">");
        html.Append(string.IsNullOrWhiteSpace(clinic.LogoUrl)
            ? $"<span style=\"font-size:20px;font-weight:bold;color:{Accent};\">{E(clinic.Name)}</span>"
            : $"<img src=\"{E(clinic.LogoUrl)}\" alt=\"{E(clinic.Name)}\" height=\"40\" style=\"display:block;border:0;height:40px;\">");
        html.Append("</td></tr><tr><td style=\"padding:32px;\">")
            .Append($"<h1 style=\"font-size:22px;line-height:1.3;margin:0 0 20px;color:{Text};\">{E(content.Heading)}</h1>");
        foreach (var block in content.Blocks)
        {
            html.Append(BlockHtml(block));
        }

        html.Append($"</td></tr><tr><td style=\"padding:16px 32px 24px;border-top:1px solid #ece7e2;font-size:12px;line-height:1.6;color:{Muted};\">")
            .Append(string.Join("<br>", content.Footer.Select(E)))
            .Append("</td></tr></table></td></tr></table></body></html>");
        return html.ToString();
    }

    private static string BlockHtml(EmailBlock block) => block switch
    {
        Paragraph p => $"<p style=\"margin:0 0 16px;font-size:16px;line-height:1.5;\">{E(p.Text)}</p>",
        Facts facts => "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;margin:0 0 20px;border-collapse:collapse;font-size:15px;\">"
                       + string.Concat(facts.Items.Select(f =>
                           $"<tr><td style=\"padding:6px 16px 6px 0;color:{Muted};vertical-align:top;white-space:nowrap;\">{E(f.Label)}</td>"
                           + $"<td style=\"padding:6px 0;font-weight:bold;vertical-align:top;\">{E(f.Value)}</td></tr>"))
                       + "</table>",
        ActionButton button => $"<p style=\"margin:24px 0;\"><a href=\"{E(button.Url)}\" style=\"background:{Accent};color:#ffffff;padding:12px 24px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block;\">{E(button.Label)}</a></p>"
                               + $"<p style=\"margin:0 0 16px;font-size:12px;color:{Muted};word-break:break-all;\">{E(button.Url)}</p>",
        LinkRow row => $"<p style=\"margin:0 0 16px;font-size:15px;line-height:1.5;\">{E(row.Intro)} "
                       + string.Join(" · ", row.Links.Select(l => $"<a href=\"{E(l.Url)}\" style=\"color:{Accent};\">{E(l.Label)}</a>"))
                       + "</p>",
        BulletList list => $"<p style=\"margin:0 0 8px;font-size:16px;font-weight:bold;\">{E(list.Title)}</p><ul style=\"margin:0 0 16px;padding-left:20px;font-size:15px;line-height:1.5;\">"
                           + string.Concat(list.Items.Select(i => i.Title is null
                               ? $"<li style=\"margin:0 0 6px;\">{E(i.Text)}</li>"
                               : $"<li style=\"margin:0 0 6px;\"><strong>{E(i.Title)}</strong>: {E(i.Text)}</li>"))
                           + "</ul>",
        Note note => $"<p style=\"margin:16px 0 0;font-size:13px;line-height:1.5;color:{Muted};\">{E(note.Text)}</p>",
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown email block."),
    };

    private static string PlainText(EmailContent content)
    {
        var text = new StringBuilder();
        text.Append(content.Heading).Append('\n').Append(new string('=', content.Heading.Length)).Append("\n\n");
        foreach (var block in content.Blocks)
        {
            text.Append(BlockText(block)).Append("\n\n");
        }

        text.Append("--\n").Append(string.Join('\n', content.Footer)).Append('\n');
        return text.ToString();
    }

    private static string BlockText(EmailBlock block) => block switch
    {
        Paragraph p => p.Text,
        Facts facts => string.Join('\n', facts.Items.Select(f => $"{f.Label}: {f.Value}")),
        ActionButton button => $"{button.Label}:\n{button.Url}",
        LinkRow row => row.Intro + "\n" + string.Join('\n', row.Links.Select(l => $"- {l.Label}: {l.Url}")),
        BulletList list => list.Title + "\n" + string.Join('\n', list.Items.Select(i => i.Title is null ? $"- {i.Text}" : $"- {i.Title}: {i.Text}")),
        Note note => note.Text,
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown email block."),
    };

    /// <summary>Escapes the five markup characters and nothing else, so accents and symbols stay readable in the HTML source.</summary>
    private static string E(string? text)
    {
        var escaped = new StringBuilder((text ?? "").Length);
        foreach (var character in text ?? "")
        {
            escaped.Append(character switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => character.ToString(),
            });
        }

        return escaped.ToString();
    }
}
