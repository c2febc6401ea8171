using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>
/// A local HTTP listener standing where api.stripe.com would be: it records every request (method, path, form
/// fields, idempotency key, API key) and answers with recorded Stripe JSON chosen by the test per method and path.
/// </summary>
public sealed class RecordingStripeApi : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, (int Status, string Body)> answers = new(StringComparer.Ordinal);

    public RecordingStripeApi()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<StripeRequest> Requests { get; } = new();

    /// <summary>Answers <paramref name="method"/> requests whose path starts with <paramref name="pathPrefix"/> (longest prefix wins).</summary>
    public RecordingStripeApi Answer(string method, string pathPrefix, string fixture, int status = 200, IReadOnlyDictionary<string, string>? values = null)
    {
        var body = StripeFixtures.Load(fixture, values);
        answers[$"{method} {pathPrefix}"] = (status, body);
        return this;
    }

    public IReadOnlyList<StripeRequest> To(string method, string pathPrefix) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var raw = await reader.ReadToEndAsync();
            var form = HttpUtility.ParseQueryString(raw);
            var request = new StripeRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                form.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => form[k]!),
                context.Request.Headers["Idempotency-Key"],
                context.Request.Headers["Authorization"] ?? "",
                raw);
            Requests.Enqueue(request);

            var match = answers.Where(a => a.Key.StartsWith(request.Method + " ", StringComparison.Ordinal)
                                           && request.Path.StartsWith(a.Key[(request.Method.Length + 1)..], StringComparison.Ordinal))
                .OrderByDescending(a => a.Key.Length).Select(a => a.Value).FirstOrDefault();
            var (status, body) = match.Body is null
                ? (404, """{"error":{"type":"invalid_request_error","message":"No recorded answer for this request."}}""")
                : match;
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.Headers["Request-Id"] = "req_test_" + Guid.NewGuid().ToString("N")[..12];
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    /// <param name="Form">The form-encoded body, keys as Stripe.net writes them (e.g. "metadata[clinic_reference]").</param>
    public sealed record StripeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string? IdempotencyKey, string Authorization, string RawBody);
}
