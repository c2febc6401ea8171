namespace Clinic.IntegrationTests.Forms;

/// <summary>Signature images as the signature pad sends them.</summary>
internal static class Signatures
{
    /// <summary>A 240×80 PNG with one stroke across it, like a signature drawn with a finger.</summary>
    public const string Drawn = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAPAAAABQCAYAAAAnSfh8AAABfklEQVR42u3du40CARBEQYLAJqbLPxnwcTBud6G7qyRchObN8LG43QAAAAAAAAAAAAAAAAAAAAAAAIAa98ff8/1hKhoSFPvTw9Q0JCy4JdCQkuiWoK+jqY4eryXQkC9HP/L5TFxDLgh/9lKZ/u83vOL5OThM2oJpeM1cNRyMbgG65qnh6PF+eg3KaEjQ0L2T589NQ++Y3sk1JH3AFqCvoWJjx+GIuxqqNngUjrinoesb/UrjiPNn4YDHf484Yr8pHW94+OUjdryOtyL84hE7XsdbFX7piB2v460Mv3DEjtfxTn06NX/LsNWO1xFriPCOWEOEd8QaInzLEWtoaYUPPWINLarwgbPR0IIKH/rJpqGlFD50XhpaRuFD56ahBRQ+8HA0tHjCh85SQ8sm+slz9e8TiF4w47P//8n0Q5bjyIUS/vcPWcORpfC/q929NLQQwhcdsskOLoIp5h+ySY4tgalpSNAymErHQZsMAAAAAAAAAAAAAAAAAAAAAADwTy+FmyW4jBVJFAAAAABJRU5ErkJggg==";

    /// <summary>The right header and a plausible size, but image data no decoder can read.</summary>
    public const string CorruptPng = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAPAAAABQCAYAAAAnSfh8AAAAEElEQVRub3QgYSByZWFsIHBuZw==";

    public static string TooLarge => "data:image/png;base64," + new string('A', 400_000);
}
