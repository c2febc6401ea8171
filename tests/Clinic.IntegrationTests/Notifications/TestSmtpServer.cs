using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServiceProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port, started inside the test. It
/// requires the configured login, can refuse chosen recipients with 550, and can be stopped and
/// started again on the same port to play an outage.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    public const string UserName = "clinic-mailer";
    public const string Password = "s3cret-smtp";

    private SmtpServer.SmtpServer? server;
    private CancellationTokenSource? running;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public ConcurrentBag<string> AuthenticatedUsers { get; } = [];

    /// <summary>Addresses answered with "550 mailbox unavailable".</summary>
    public ConcurrentDictionary<string, bool> RejectedRecipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsRunning => server is not null;

    public static TestSmtpServer Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var smtp = new TestSmtpServer(port);
        smtp.Resume();
        return smtp;
    }

    /// <summary>(Re)starts listening on the same port.</summary>
    public void Resume()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AllowUnsecureAuthentication(true)
                .AuthenticationRequired(true))
            .Build();
        var services = new SmtpServiceProvider();
        services.Add(new Store(this));
        services.Add(new Authenticator(this));
        services.Add(new RecipientFilter(this));
        running = new CancellationTokenSource();
        server = new SmtpServer.SmtpServer(options, services);
        _ = server.StartAsync(running.Token);
    }

    /// <summary>Stops listening: connections are refused until <see cref="Resume"/>.</summary>
    public async Task StopAsync()
    {
        if (server is null)
        {
            return;
        }

        server.Shutdown();
        await running!.CancelAsync();
        await server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(10));
        running.Dispose();
        server = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            owner.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Authenticator(TestSmtpServer owner) : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken)
        {
            var valid = user == UserName && password == Password;
            if (valid)
            {
                owner.AuthenticatedUsers.Add(user);
            }

            return Task.FromResult(valid);
        }
    }

    private sealed class RecipientFilter(TestSmtpServer owner) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!owner.RejectedRecipients.ContainsKey($"{to.User}@{to.Host}"));
    }
}
