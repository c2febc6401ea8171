using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Clinic.IntegrationTests.Forms;

/// <summary>
/// Reads the text a PDF shows, with PDFsharp's content-stream reader. PDFsharp writes text that fits WinAnsi with a
/// simple font (the string's bytes are Windows-1252) and anything else with a Unicode font (two-byte glyph ids,
/// mapped back to characters through the font's ToUnicode map). One string per drawn line, in drawing order.
/// </summary>
internal static partial class PdfText
{
    public static IReadOnlyList<string> Lines(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var lines = new List<string>();
        foreach (var page in document.Pages)
        {
            var decoders = FontDecoders(page);
            Func<string, string>? font = null;
            foreach (var op in Operators(ContentReader.ReadContent(page)))
            {
                if (op.OpCode.Name == "Tf" && op.Operands[0] is CName name)
                {
                    decoders.TryGetValue(name.Name, out font);
                }
                else if (op.OpCode.Name is "Tj" or "TJ" && font is not null)
                {
                    var text = new StringBuilder();
                    foreach (var operand in op.Operands)
                    {
                        foreach (var s in operand is CArray array ? array.OfType<CString>() : operand is CString single ? [single] : [])
                        {
                            text.Append(font(s.Value));
                        }
                    }

                    lines.Add(text.ToString());
                }
            }
        }

        return lines;
    }

    /// <summary>All lines joined by single spaces, with runs of whitespace collapsed, for "does the PDF say this paragraph" checks.</summary>
    public static string Flowing(byte[] pdf) => Collapse(string.Join(' ', Lines(pdf)));

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static IEnumerable<COperator> Operators(CObject content)
    {
        if (content is COperator op)
        {
            yield return op;
        }
        else if (content is CSequence sequence)
        {
            foreach (var child in sequence.SelectMany(Operators))
            {
                yield return child;
            }
        }
    }

    private static string Decode(string bytes, Dictionary<int, string> map)
    {
        var text = new StringBuilder();
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            text.Append(map.TryGetValue((bytes[i] << 8) | bytes[i + 1], out var value) ? value : "\uFFFD");
        }

        return text.ToString();
    }

    private static Dictionary<string, Func<string, string>> FontDecoders(PdfPage page)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252);
        var decoders = new Dictionary<string, Func<string, string>>(StringComparer.Ordinal);
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        foreach (var key in fonts?.Elements.Keys ?? [])
        {
            var font = fonts!.Elements.GetDictionary(key)!;
            if (font.Elements.GetName("/Subtype") == "/Type0" && font.Elements.GetDictionary("/ToUnicode")?.Stream?.ToString() is { } cmap)
            {
                var map = ParseCMap(cmap);
                decoders[key] = bytes => Decode(bytes, map);
            }
            else
            {
                decoders[key] = bytes => windows1252.GetString(bytes.Select(c => (byte)c).ToArray());
            }
        }

        return decoders;
    }

    private static Dictionary<int, string> ParseCMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match range in Range().Matches(cmap))
        {
            var low = Hex(range.Groups[1].Value);
            var high = Hex(range.Groups[2].Value);
            var target = Utf16(range.Groups[3].Value);
            for (var code = low; code <= high; code++)
            {
                map[code] = target.Length == 1 ? ((char)(target[0] + code - low)).ToString() : target;
            }
        }

        foreach (Match single in Char().Matches(cmap))
        {
            map[Hex(single.Groups[1].Value)] = Utf16(single.Groups[2].Value);
        }

        return map;
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"<([0-9A-Fa-f]+)><([0-9A-Fa-f]+)><([0-9A-Fa-f]+)>")]
    private static partial Regex Range();

    [GeneratedRegex(@"^<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>$", RegexOptions.Multiline)]
    private static partial Regex Char();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
