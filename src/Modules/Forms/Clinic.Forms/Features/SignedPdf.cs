namespace Clinic.Forms.Features;

/// <summary>A signed consent's PDF and the name to save it under.</summary>
public sealed record SignedPdf(byte[] Content, string FileName)
{
    public const string MediaType = "application/pdf";
}
