using System.Globalization;
using System.Net;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Time;
using Clinic.Identity.Adapters.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Clinic.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over HTTP, on its own temporary SQLite files, with a test authentication
/// scheme so a test can act as a given staff role; without the test header, requests are
/// authenticated the production way (session cookie or API key). Everything else is production wiring.
/// </summary>
public class ClinicApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = new();
    private string environment = "Development";

    public ClinicApiFactory(string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "clinic-tests", Guid.NewGuid().ToString("N"));
        With("Database:DataDirectory", DataDirectory);
        With("DemoData:Enabled", "false");
        With("Spa:RootPath", Path.Combine(DataDirectory, "no-spa"));
        With("Serilog:MinimumLevel:Default", "Warning");
        // The host's log file goes with the test's own data, not into the repository.
        With("Serilog:WriteTo:0:Args:path", Path.Combine(DataDirectory, "logs", "clinic-.log"));
    }

    public string DataDirectory { get; }

    /// <summary>
    /// Set before the first request; replaces the host's clock with one that moves only when the test says so.
    /// Without it the host's clock starts at <see cref="TestClock.Now"/> and runs at real speed.
    /// </summary>
    public FakeTimeProvider? Clock { get; private set; }

    public ClinicApiFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    public ClinicApiFactory WithDemoData() => With("DemoData:Enabled", "true");

    /// <summary>
    /// No background worker runs in this host (outbox dispatchers, the notification sender, the hold sweeper): a test
    /// that drives one by hand (<c>ProcessBatchAsync</c>, <c>SweepAsync</c>) is then the only one taking its batch,
    /// however slow the machine, and what it asserts cannot have been done by a worker first.
    /// </summary>
    public ClinicApiFactory WithoutBackgroundWorkers() => With(BackgroundWork.EnabledKey, "false");

    public ClinicApiFactory WithEnvironment(string name)
    {
        environment = name;
        return this;
    }

    public ClinicApiFactory WithFakeClock(DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now);
        return this;
    }

    /// <summary>Extra service registrations applied after the host's own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>A client acting as staff with the given roles (no roles: anonymous) that sends antiforgery tokens like the SPA.</summary>
    public HttpClient CreateClientAs(params string[] roles)
    {
        var client = CreateBrowserClient();
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.Add(TestAuthenticationHandler.RolesHeader, string.Join(',', roles));
        }

        return client;
    }

    /// <summary>Behaves like the SPA in a browser: keeps cookies (the real session) and echoes the XSRF-TOKEN cookie on unsafe requests.</summary>
    public HttpClient CreateBrowserClient()
    {
        var cookies = new CookieContainer();
        return CreateDefaultClient(new AntiforgeryTokenHandler(cookies), new CookieContainerHandler(cookies));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Production refuses the development clock (that refusal is itself under test), so a Production host keeps the
        // real one; no Production test depends on the date.
        if (Clock is null && environment != "Production")
        {
            builder.UseSetting(DevelopmentClock.StartAtKey, TestClock.Now.ToString("O", CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, options =>
                    options.ForwardDefaultSelector = context =>
                        context.Request.Headers.ContainsKey(TestAuthenticationHandler.RolesHeader) ? null : IdentityAuthentication.Scheme);
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            ConfigureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background task is left for the OS temp cleaner.
            }
        }
    }
}
