using System.Buffers.Binary;

namespace Clinic.Forms.Domain.Submissions;

/// <summary>A drawn signature as the signature pad exports it: a PNG data URL, checked before anything is stored.</summary>
internal static class SignatureImage
{
    public const string DataUrlPrefix = "data:image/png;base64,"; // 22 characters
    public const int MaxBytes = 200 * 1024;
    public const int MaxDataUrlLength = 22 + (MaxBytes + 2) / 3 * 4;
    public const int MaxSide = 4000;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PNG bytes, or why the data URL is not an acceptable signature image.</summary>
    public static (byte[]? Png, string? Problem) Decode(string? dataUrl)
    {
        if (string.IsNullOrEmpty(dataUrl) || !dataUrl.StartsWith(DataUrlPrefix, StringComparison.Ordinal))
        {
            return (null, $"Send the drawn signature as a PNG data URL ({DataUrlPrefix}…).");
        }

        if (dataUrl.Length > MaxDataUrlLength)
        {
            return (null, $"The signature image is too large (at most {MaxBytes / 1024} KB).");
        }

        byte[] png;
        try
        {
            png = Convert.FromBase64String(dataUrl[DataUrlPrefix.Length..]);
        }
        catch (FormatException)
        {
            return (null, "The signature image is not valid base64.");
        }

        // Signature, then the IHDR chunk: length 13, type "IHDR", width and height (big-endian).
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(PngSignature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return (null, "The signature image is not a PNG.");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4));
        if (width is 0 or > MaxSide || height is 0 or > MaxSide)
        {
            return (null, $"The signature image must be between 1 and {MaxSide} pixels on each side.");
        }

        return (png, null);
    }
}
