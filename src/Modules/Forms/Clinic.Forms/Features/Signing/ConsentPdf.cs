using System.Globalization;
using System.Security.Cryptography;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Submissions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Clinic.Forms.Features.Signing;

/// <summary>
/// The signed consent as a PDF (PP12): the exact text of the version signed, the acknowledgements and answers,
/// the typed name and signature, and the evidence block. Its SHA-256 is stored at signing; a stored copy that no
/// longer hashes to it has been changed.
/// </summary>
internal static class ConsentPdf
{
    public static byte[] Render(SignedConsent consent)
    {
        EmbeddedFonts.EnsureInstalled();
        var es = consent.Language != "en";
        string T(string spanish, string english) => es ? spanish : english;

        using var document = new PdfDocument();
        document.Info.Title = consent.Content.Title.In(consent.Language);
        document.Info.Author = consent.ClinicName;
        document.Info.Subject = T("Consentimiento informado firmado", "Signed informed consent");
        document.Info.Keywords = $"consent {consent.SubmissionId:D}";

        var small = new XFont(EmbeddedFonts.Sans, 8);
        var body = new XFont(EmbeddedFonts.Sans, 10);
        var bold = new XFont(EmbeddedFonts.Sans, 10, XFontStyleEx.Bold);
        var heading = new XFont(EmbeddedFonts.Sans, 12, XFontStyleEx.Bold);
        var title = new XFont(EmbeddedFonts.Sans, 16, XFontStyleEx.Bold);
        var typedSignature = new XFont(EmbeddedFonts.Signature, 24);

        using (var writer = new PdfPageWriter(document, page => T($"{consent.ClinicName} · Consentimiento {consent.SubmissionId:D} · página {page}",
                   $"{consent.ClinicName} · Consent {consent.SubmissionId:D} · page {page}")))
        {
            writer.Text($"{consent.ClinicName} · {T("Consentimiento informado firmado", "Signed informed consent")}", small, XBrushes.Gray);
            writer.Text(consent.Content.Title.In(consent.Language), title, spaceAfter: 8);
            if (consent.Content.Introduction is { } introduction)
            {
                writer.Text(introduction.In(consent.Language), body, spaceAfter: 8);
            }

            var answers = consent.Answers.ToDictionary(a => a.ItemId, StringComparer.Ordinal);
            foreach (var item in consent.Content.Items)
            {
                var text = item.Text.In(consent.Language);
                switch (item.Type)
                {
                    case FormItemType.Heading:
                        writer.Space(4);
                        writer.Text(text, heading);
                        break;
                    case FormItemType.Paragraph:
                        writer.Text(text, body, spaceAfter: 6);
                        break;
                    case FormItemType.Acknowledgement:
                        var ticked = answers.TryGetValue(item.Id, out var ack) && ack.Acknowledged == true;
                        writer.Text($"{(ticked ? "[X]" : "[ ]")} {text}", body, spaceAfter: 6);
                        break;
                    default:
                        writer.Text(text, bold, spaceAfter: 1);
                        writer.Text(answers.TryGetValue(item.Id, out var answer) ? Describe(item, answer, consent.Language) : T("(sin respuesta)", "(no answer)"),
                            body, indent: 12, spaceAfter: 6);
                        break;
                }
            }

            writer.Space(8);
            writer.Rule();
            writer.EnsureRoom(140);
            writer.Text(T("Firma", "Signature"), heading);
            writer.Text($"{T("Nombre escrito por el paciente", "Name typed by the patient")}: {consent.Evidence.SignerName}", body);
            if (consent.Evidence is { Method: SignatureMethod.Drawn, SignaturePng: { } png })
            {
                using var stream = new MemoryStream(png, writable: false);
                var image = XImage.FromStream(stream);
                writer.Image(image, 240, 90);
            }
            else
            {
                writer.Text(consent.Evidence.SignerName, typedSignature, spaceAfter: 2);
                writer.Text(T("(firma escrita con el teclado)", "(signature typed on the keyboard)"), small, XBrushes.Gray);
            }

            writer.Space(6);
            writer.Rule();
            writer.Text(T("Evidencia de la firma", "Signature evidence"), heading);
            foreach (var (label, value) in Evidence(consent, T))
            {
                writer.Text($"{label}: {value}", small, spaceAfter: 1);
            }
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public static string Sha256(byte[] pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));

    private static IEnumerable<(string Label, string Value)> Evidence(SignedConsent c, Func<string, string, string> t)
    {
        yield return (t("Formulario", "Form"), $"{c.FormId:D}");
        yield return (t("Versión firmada", "Version signed"), $"{c.VersionNumber} ({c.VersionId:D})");
        yield return (t("Idioma mostrado", "Language shown"), c.Language);
        yield return (t("SHA-256 del texto mostrado", "SHA-256 of the text shown"), c.Evidence.TextSha256);
        yield return (t("Firmante", "Signer"), c.Evidence.SignerName);
        yield return (t("Método de firma", "Signature method"), c.Evidence.Method == SignatureMethod.Drawn ? t("dibujada", "drawn") : t("escrita", "typed"));
        yield return (t("Cuenta", "Account"), c.SignedByAccount);
        yield return (t("Fecha y hora (UTC)", "Date and time (UTC)"), c.SignedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        yield return (t("Dirección IP", "IP address"), c.IpAddress ?? t("desconocida", "unknown"));
        yield return (t("Navegador (user agent)", "Browser (user agent)"), c.UserAgent ?? t("desconocido", "unknown"));
        yield return (t("Cita", "Appointment"), $"{c.AppointmentDescription} ({c.AppointmentId:D})");
        yield return (t("Firmado en la clínica con ayuda del personal", "Signed at the clinic with staff assistance"), c.StaffAssisted ? t("sí", "yes") : t("no", "no"));
        yield return (t("Identificador de la firma", "Signature id"), $"{c.SubmissionId:D}");
    }

    private static string Describe(FormItem item, FormAnswer answer, string language)
    {
        var es = language != "en";
        string Option(string id) => item.Options?.FirstOrDefault(o => o.Id == id)?.Text.In(language) ?? id;
        return item.Type switch
        {
            FormItemType.YesNo => (answer.YesNo == true ? (es ? "Sí" : "Yes") : "No") + (answer.FollowUp is { } f ? $" — {f}" : ""),
            FormItemType.SingleChoice or FormItemType.MultipleChoice => string.Join(", ", (answer.Choices ?? []).Select(Option)),
            FormItemType.Date => answer.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            FormItemType.Number => answer.Number?.ToString(CultureInfo.InvariantCulture) ?? "",
            _ => answer.Text ?? "",
        };
    }
}
