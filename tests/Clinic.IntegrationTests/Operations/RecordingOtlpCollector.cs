using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Clinic.IntegrationTests.Operations;

/// <summary>
/// A local HTTP listener standing where an OpenTelemetry collector would be (OTLP over HTTP, protobuf): it keeps each
/// export by path (/v1/traces, /v1/metrics). Names and attribute values travel as UTF-8 inside the protobuf, so a test
/// can look for them in the raw bytes without a protobuf parser.
/// </summary>
public sealed class RecordingOtlpCollector : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();

    public RecordingOtlpCollector()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Endpoint + "/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public ConcurrentQueue<(string Path, string ContentType, byte[] Body)> Exports { get; } = new();

    /// <summary>Everything exported to a path so far, as text (protobuf's strings are readable in it).</summary>
    public string Received(string path) =>
        string.Concat(Exports.Where(e => e.Path == path).Select(e => Encoding.UTF8.GetString(e.Body)));

    /// <summary>Waits until every text has arrived at the path, or the time is up; returns what had arrived.</summary>
    public async Task<string> WaitForAsync(string path, TimeSpan timeout, params string[] texts)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var received = Received(path);
            if (texts.All(received.Contains) || waited.Elapsed > timeout)
            {
                return received;
            }

            await Task.Delay(100);
        }
    }

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

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Exports.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType ?? "", body.ToArray()));
            context.Response.StatusCode = (int)HttpStatusCode.OK;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}
