using PdfSharp.Fonts;

namespace Clinic.Forms.Features.Signing;

/// <summary>
/// PDFsharp needs the font files themselves; on Linux there is no font store it can ask. The DejaVu files ship
/// inside this assembly (Bitstream Vera licence), so a signed PDF looks the same on every server and covers
/// accents and names in other scripts. Installed once per process: the resolver is a PDFsharp global.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Sans = "Clinic Sans";
    public const string Signature = "Clinic Signature";

    private static readonly Lock Gate = new();

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFonts)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => familyName switch
    {
        Signature => new FontResolverInfo("DejaVuSerif-Italic"),
        _ when bold => new FontResolverInfo("DejaVuSans-Bold"),
        _ => new FontResolverInfo("DejaVuSans"),
    };

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"Clinic.Forms.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in Clinic.Forms.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
