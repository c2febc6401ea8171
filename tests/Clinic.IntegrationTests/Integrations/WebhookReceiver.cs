using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Clinic.IntegrationTests.Integrations;

/// <summary>
/// A local HTTP endpoint standing where an integrator's receiver would be: it records every request (headers and
/// body as received) and answers with the statuses the test queues, 200 once the queue is empty.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();

    public WebhookReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{Port}/hooks/clinic";
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    /// <summary>Statuses to answer with, in order; 200 when empty.</summary>
    public ConcurrentQueue<HttpStatusCode> Answers { get; } = new();

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
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new ReceivedWebhook(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.ContentType,
                context.Request.Headers["webhook-id"],
                context.Request.Headers["webhook-timestamp"],
                context.Request.Headers["webhook-signature"],
                body));
            var status = Answers.TryDequeue(out var queued) ? queued : HttpStatusCode.OK;
            var bytes = Encoding.UTF8.GetBytes(status == HttpStatusCode.OK ? "ok" : "receiver is down");
            context.Response.StatusCode = (int)status;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

public sealed record ReceivedWebhook(string Method, string Path, string? ContentType, string? Id, string? Timestamp, string? Signature, string Body);
