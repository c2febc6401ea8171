using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>
/// A local HTTP listener standing where api.twilio.com would be: it records each request (URL, form
/// fields, basic-auth credentials) and answers the way Twilio does, or with the status the test sets.
/// </summary>
public sealed class RecordingTwilioApi : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();

    public RecordingTwilioApi()
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

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The answer to give: 201 with a message resource by default.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.Created;

    /// <summary>Twilio's error code when <see cref="Status"/> is an error.</summary>
    public int ErrorCode { get; set; } = 21211;

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
            var form = HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
            var authorization = context.Request.Headers["Authorization"] ?? "";
            var credentials = authorization.StartsWith("Basic ", StringComparison.Ordinal)
                ? Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..]))
                : "";
            Requests.Enqueue(new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                form.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => form[k]!),
                credentials));

            var status = Status;
            var sid = "SM" + Guid.NewGuid().ToString("N");
            var body = status == HttpStatusCode.Created
                ? $$"""{"sid":"{{sid}}","status":"queued","to":"{{form["To"]}}","body":"sent","num_segments":"1","direction":"outbound-api"}"""
                : $$"""{"code":{{ErrorCode}},"message":"The 'To' number is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/{{ErrorCode}}","status":{{(int)status}}}""";
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string BasicCredentials);
}
