using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Clinic.Host;

/// <summary>
/// Serves the built SPA the .NET 10 way, through <c>MapStaticAssets</c>: one endpoint per file and encoding, chosen
/// by the request's Accept-Encoding among the Brotli and gzip copies the Vite build wrote beside each file; strong
/// ETags, so a revalidation costs a 304; and caching by kind. Vite names everything under <c>assets/</c> after its
/// content, so those files never change: cached for a year, immutable. Everything else (index.html, the favicon)
/// keeps its name across releases and is revalidated on every use.
/// </summary>
/// <remarks>
/// The SDK writes the endpoint manifest MapStaticAssets reads for a project's wwwroot at build time. The SPA is
/// built by Vite and its folder is configuration (<c>Spa:RootPath</c>), so the host writes the same manifest for that
/// folder when it starts (hashing a few dozen files), and makes the folder the web root MapStaticAssets serves from.
/// </remarks>
internal static class SpaAssets
{
    public const string ImmutableCaching = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    /// <summary>Vite's output folder for content-hashed files (build.assetsDir).</summary>
    private const string FingerprintedFolder = "assets/";

    private static readonly (string Extension, string Encoding)[] Encodings = [(".br", "br"), (".gz", "gzip")];
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapSpaAssets(this WebApplication app, string root)
    {
        app.Environment.WebRootPath = root;
        app.Environment.WebRootFileProvider = new PhysicalFileProvider(root);

        // MapStaticAssets takes the manifest as a file; it reads it at once, so the file need not outlive this call.
        var manifestPath = Path.Combine(Path.GetTempPath(), $"clinic-spa-{Guid.NewGuid():N}.endpoints.json");
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(new { Version = 1, ManifestType = "Publish", Endpoints = Endpoints(root) }));
        try
        {
            app.MapStaticAssets(manifestPath);
        }
        finally
        {
            File.Delete(manifestPath);
        }

        // Client-side routes (/book, /portal/settings…) get index.html: the same endpoint /index.html has, so the same
        // compressed copy, ETag and revalidation. Paths with a file extension that matched nothing stay 404.
        app.MapFallback(ServeIndexHtml);
    }

    private static Task ServeIndexHtml(HttpContext context)
    {
        var accepted = context.Request.GetTypedHeaders().AcceptEncoding
            .Where(encoding => encoding.Quality is not 0)
            .Select(encoding => encoding.Value.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var variants = context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(endpoint => (Endpoint: endpoint, Asset: endpoint.Metadata.GetMetadata<StaticAssetDescriptor>()))
            .Where(candidate => candidate.Asset?.Route == "index.html")
            .ToList();
        var chosen = Encodings
            .Where(encoding => accepted.Contains(encoding.Encoding) || accepted.Contains("*"))
            .Select(encoding => variants.FirstOrDefault(candidate => candidate.Asset!.AssetPath == "index.html" + encoding.Extension))
            .FirstOrDefault(candidate => candidate.Endpoint is not null);
        chosen = chosen.Endpoint is not null ? chosen : variants.FirstOrDefault(candidate => candidate.Asset!.AssetPath == "index.html");
        if (chosen.Endpoint?.RequestDelegate is not { } serve)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return serve(context);
    }

    private static IEnumerable<object> Endpoints(string root)
    {
        var folder = new DirectoryInfo(root);
        foreach (var file in folder.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var route = Path.GetRelativePath(root, file.FullName).Replace('\\', '/');
            // Compressed copies are variants of their file, not files of their own; dot-folders hold build metadata.
            if (Encodings.Any(encoding => route.EndsWith(encoding.Extension, StringComparison.Ordinal)) || route.StartsWith('.') || route.Contains("/."))
            {
                continue;
            }

            if (!ContentTypes.TryGetContentType(route, out var contentType))
            {
                contentType = "application/octet-stream";
            }

            var caching = route.StartsWith(FingerprintedFolder, StringComparison.Ordinal) ? ImmutableCaching : Revalidate;
            var original = Describe(file);
            yield return Endpoint(route, route, original, contentType, caching, encoding: null, originalETag: null);

            foreach (var (extension, encoding) in Encodings)
            {
                var compressed = new FileInfo(file.FullName + extension);
                if (compressed.Exists)
                {
                    yield return Endpoint(route, route + extension, Describe(compressed), contentType, caching, encoding, original.ETag);
                }
            }
        }
    }

    private static (string ETag, long Length, string LastModified) Describe(FileInfo file)
    {
        using var stream = file.OpenRead();
        var etag = $"\"{Convert.ToBase64String(SHA256.HashData(stream))}\"";
        return (etag, file.Length, file.LastWriteTimeUtc.ToString("R", CultureInfo.InvariantCulture));
    }

    private static object Endpoint(
        string route, string assetFile, (string ETag, long Length, string LastModified) asset, string contentType, string caching, string? encoding, string? originalETag)
    {
        var headers = new List<object>
        {
            Header("Cache-Control", caching),
            Header("Content-Length", asset.Length.ToString(CultureInfo.InvariantCulture)),
            Header("Content-Type", contentType),
            Header("ETag", asset.ETag),
            Header("Last-Modified", asset.LastModified),
            Header("Vary", "Accept-Encoding"),
        };
        var selectors = new List<object>();
        var properties = new List<object>();
        if (encoding is not null)
        {
            headers.Add(Header("Content-Encoding", encoding));
            // As the SDK does: among encodings the client likes equally, the smaller copy wins.
            var quality = (1.0 / (asset.Length + 1)).ToString("0.############", CultureInfo.InvariantCulture);
            selectors.Add(new { Name = "Content-Encoding", Value = encoding, Quality = quality });
            properties.Add(new { Name = "original-resource", Value = originalETag });
        }

        return new { Route = route, AssetFile = assetFile, Selectors = selectors, ResponseHeaders = headers, EndpointProperties = properties };
    }

    private static object Header(string name, string value) => new { Name = name, Value = value };
}
