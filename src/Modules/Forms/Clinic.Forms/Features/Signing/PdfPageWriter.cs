using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Clinic.Forms.Features.Signing;

/// <summary>
/// Writes flowing text top to bottom on A4 pages, wrapping at spaces and starting a new page when one is full.
/// Each line is drawn as one string, so a wrapped paragraph reads back as its words with single spaces.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    public const double Margin = 50;

    private readonly PdfDocument document;
    private readonly Func<int, string> footer;
    private XGraphics? graphics;
    private PdfPage? page;

    public PdfPageWriter(PdfDocument document, Func<int, string> footer)
    {
        this.document = document;
        this.footer = footer;
        NewPage();
    }

    public double Y { get; private set; }

    public double Width => page!.Width.Point - 2 * Margin;

    private double Bottom => page!.Height.Point - Margin - 20;

    public void Text(string text, XFont font, XBrush? brush = null, double indent = 0, double spaceAfter = 4)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            foreach (var line in Wrap(paragraph, font, Width - indent))
            {
                var height = font.GetHeight();
                EnsureRoom(height);
                graphics!.DrawString(line, font, brush ?? XBrushes.Black, new XRect(Margin + indent, Y, Width - indent, height), XStringFormats.TopLeft);
                Y += height;
            }
        }

        Y += spaceAfter;
    }

    public void Space(double points) => Y += points;

    public void Rule()
    {
        EnsureRoom(8);
        graphics!.DrawLine(new XPen(XColors.LightGray, 0.75), Margin, Y + 4, Margin + Width, Y + 4);
        Y += 10;
    }

    public void Image(XImage image, double maxWidth, double maxHeight)
    {
        var scale = Math.Min(1, Math.Min(maxWidth / image.PointWidth, maxHeight / image.PointHeight));
        var width = image.PointWidth * scale;
        var height = image.PointHeight * scale;
        EnsureRoom(height + 4);
        graphics!.DrawImage(image, Margin, Y, width, height);
        Y += height + 4;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void EnsureRoom(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void Dispose()
    {
        FinishPage();
    }

    private void NewPage()
    {
        FinishPage();
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    private void FinishPage()
    {
        if (graphics is null)
        {
            return;
        }

        var font = new XFont(EmbeddedFonts.Sans, 8);
        graphics.DrawString(footer(document.PageCount), font, XBrushes.Gray,
            new XRect(Margin, page!.Height.Point - Margin, Width, font.GetHeight()), XStringFormats.TopLeft);
        graphics.Dispose();
        graphics = null;
    }

    private IEnumerable<string> Wrap(string paragraph, XFont font, double width)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield return "";
            yield break;
        }

        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (Measure(candidate, font) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                yield return line;
            }

            // A single word wider than the line (a hash, a user agent) is cut where it overflows.
            line = word;
            while (Measure(line, font) > width && line.Length > 1)
            {
                var cut = line.Length - 1;
                while (cut > 1 && Measure(line[..cut], font) > width)
                {
                    cut--;
                }

                yield return line[..cut];
                line = line[cut..];
            }
        }

        yield return line;
    }

    private double Measure(string text, XFont font) => graphics!.MeasureString(text, font).Width;
}
