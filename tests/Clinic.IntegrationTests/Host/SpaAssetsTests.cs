using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clinic.IntegrationTests.Infrastructure;

namespace Clinic.IntegrationTests.Host;

/// <summary>
/// The SPA as the Vite build leaves it (content-hashed files under assets/, a Brotli and a gzip copy beside each
/// text file), served from a folder of its own so the test does not depend on a real build having run.
/// </summary>
public sealed class SpaAssetsTests : IDisposable
{
    private const string Script = "assets/index-Bx7Kq2Ab.js";
    private const string Immutable = "public, max-age=31536000, immutable";

    private static readonly string ScriptText = string.Concat(Enumerable.Repeat("export const greeting = 'Reserva tu tratamiento';\n", 40));
    private static readonly string IndexHtml = $"<!doctype html><html lang=\"es\"><head><script type=\"module\" src=\"/{Script}\"></script></head><body><div id=\"root\"></div></body></html>";

    private readonly string spa = Path.Combine(Path.GetTempPath(), "clinic-tests", "spa-" + Guid.NewGuid().ToString("N"));
    private readonly ClinicApiFactory factory;

    public SpaAssetsTests()
    {
        Directory.CreateDirectory(Path.Combine(spa, "assets"));
        WriteWithCompressedCopies(Script, ScriptText);
        WriteWithCompressedCopies("index.html", IndexHtml);
        // Tiny files get no compressed copy (the build skips them when compression would not save bytes).
        File.WriteAllText(Path.Combine(spa, "favicon.svg"), "<svg/>");
        // Build metadata is never served.
        Directory.CreateDirectory(Path.Combine(spa, ".vite"));
        File.WriteAllText(Path.Combine(spa, ".vite", "manifest.json"), "{}");
        factory = new ClinicApiFactory().With("Spa:RootPath", spa);
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(spa, recursive: true);
    }

    [Fact]
    public async Task Given_a_browser_that_accepts_brotli_When_it_loads_a_fingerprinted_script_Then_it_gets_the_brotli_copy_cached_for_a_year()
    {
        var response = await Get(Script, "gzip, deflate, br, zstd");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.CacheControl!.ToString().ShouldBe(Immutable);
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Headers.ETag.ShouldNotBeNull();
        var body = await response.Content.ReadAsByteArrayAsync();
        body.Length.ShouldBeLessThan(ScriptText.Length / 4);
        Decompress(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)).ShouldBe(ScriptText);
    }

    [Fact]
    public async Task Given_a_browser_that_accepts_only_gzip_When_it_loads_the_script_Then_it_gets_the_gzip_copy()
    {
        var response = await Get(Script, "gzip");

        response.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        response.Headers.CacheControl!.ToString().ShouldBe(Immutable);
        Decompress(new GZipStream(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress)).ShouldBe(ScriptText);
    }

    [Fact]
    public async Task Given_a_client_that_accepts_no_compression_When_it_loads_the_script_Then_it_gets_the_file_as_built()
    {
        var response = await Get(Script, acceptEncoding: null);

        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        response.Headers.CacheControl!.ToString().ShouldBe(Immutable);
        (await response.Content.ReadAsStringAsync()).ShouldBe(ScriptText);
    }

    [Fact]
    public async Task Given_a_cached_copy_When_the_browser_revalidates_it_with_its_etag_Then_304_without_a_body()
    {
        var first = await Get(Script, "br");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + Script);
        request.Headers.AcceptEncoding.ParseAdd("br");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await factory.CreateClient().SendAsync(request);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/book")]
    [InlineData("/portal/settings")]
    public async Task Given_the_page_itself_When_it_is_requested_Then_it_comes_compressed_and_is_revalidated_on_every_visit(string path)
    {
        var response = await Get(path.TrimStart('/'), "gzip, br");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBeNull();
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        Decompress(new BrotliStream(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress)).ShouldBe(IndexHtml);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.AcceptEncoding.ParseAdd("gzip, br");
        revalidation.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        (await factory.CreateClient().SendAsync(revalidation)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Given_a_client_that_accepts_no_compression_When_it_opens_a_client_side_route_Then_it_gets_the_page_as_built()
    {
        var response = await Get("book", acceptEncoding: null);

        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await response.Content.ReadAsStringAsync()).ShouldBe(IndexHtml);
    }

    [Fact]
    public async Task Given_a_file_outside_assets_When_requested_Then_it_is_revalidated_not_cached_for_good()
    {
        var response = await Get("favicon.svg", "br");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
    }

    [Theory]
    [InlineData("assets/index-Gone1234.js")]
    [InlineData(".vite/manifest.json")]
    public async Task Given_a_file_the_build_did_not_publish_When_requested_Then_404_rather_than_the_page(string path)
    {
        var response = await Get(path, "br");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<HttpResponseMessage> Get(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + path);
        if (acceptEncoding is not null)
        {
            foreach (var encoding in acceptEncoding.Split(',', StringSplitOptions.TrimEntries))
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            }
        }

        return await factory.CreateClient().SendAsync(request);
    }

    private void WriteWithCompressedCopies(string relativePath, string text)
    {
        var path = Path.Combine(spa, relativePath);
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        using (var brotli = new BrotliStream(File.Create(path + ".br"), CompressionLevel.SmallestSize))
        {
            brotli.Write(bytes);
        }

        using var gzip = new GZipStream(File.Create(path + ".gz"), CompressionLevel.SmallestSize);
        gzip.Write(bytes);
    }

    private static string Decompress(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
