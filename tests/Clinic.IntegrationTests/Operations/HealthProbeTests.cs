using System.Net;
using System.Text.Json;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.IntegrationTests.Outbox;
using Clinic.Scheduling.Persistence;
using Clinic.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Operations;

/// <summary>
/// Liveness says the process answers; readiness says this instance should take traffic: databases reachable,
/// migrations applied, and the outbox and email/SMS queues keeping up.
/// </summary>
public sealed class HealthProbeTests : IDisposable
{
    private readonly List<ClinicApiFactory> factories = [];

    public void Dispose() => factories.ForEach(f => f.Dispose());

    private ClinicApiFactory Host(Func<ClinicApiFactory, ClinicApiFactory>? configure = null)
    {
        var factory = (configure ?? (f => f))(new ClinicApiFactory().WithoutBackgroundWorkers());
        factories.Add(factory);
        return factory;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ProbeAsync(ClinicApiFactory factory, string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Given_a_healthy_host_When_probed_Then_live_checks_nothing_and_ready_checks_databases_migrations_and_queues()
    {
        var factory = Host();

        var (liveStatus, live) = await ProbeAsync(factory, "/health/live");
        var (readyStatus, ready) = await ProbeAsync(factory, "/health/ready");

        liveStatus.ShouldBe(HttpStatusCode.OK);
        live.GetProperty("status").GetString().ShouldBe("Healthy");
        live.GetProperty("checks").EnumerateObject().ShouldBeEmpty();
        readyStatus.ShouldBe(HttpStatusCode.OK);
        var checks = ready.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString());
        // One database check per listed module (ClinicModules.All), then the migrations and the queues.
        checks.Keys.ShouldBe([.. Clinic.Host.ClinicModules.All.Select(m => m.Name), "migrations", "backlog"], ignoreOrder: true);
        checks.Values.ShouldAllBe(status => status == "Healthy");
    }

    [Fact]
    public async Task Given_more_undelivered_events_than_the_limit_When_ready_is_probed_Then_503_while_live_stays_200()
    {
        var factory = Host(f => f.With("Operations:ReadyMaxDue", "2"));
        await PublishAsync(factory, 2);
        (await ProbeAsync(factory, "/health/ready")).Status.ShouldBe(HttpStatusCode.OK, "two due events are within the limit");

        await PublishAsync(factory, 1);
        var (status, body) = await ProbeAsync(factory, "/health/ready");

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("checks").GetProperty("backlog").GetString().ShouldBe("Unhealthy");
        (await ProbeAsync(factory, "/health/live")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_an_event_waiting_longer_than_the_limit_When_ready_is_probed_Then_503_until_it_is_delivered()
    {
        var factory = Host(f => f.WithFakeClock(TestClock.Now).With("Operations:ReadyMaxOldestWait", "00:10:00"));
        factory.Services.GetRequiredService<IntegrationEventTypes>().AddFromAssembly(typeof(TestEventHappened).Assembly);
        await PublishAsync(factory, 1);

        factory.Clock!.Advance(TimeSpan.FromMinutes(11));
        (await ProbeAsync(factory, "/health/ready")).Status.ShouldBe(HttpStatusCode.ServiceUnavailable);

        await factory.Services.GetRequiredService<OutboxProcessor<SchedulingDbContext>>().ProcessBatchAsync(CancellationToken.None);
        (await ProbeAsync(factory, "/health/ready")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_database_behind_its_migrations_When_ready_is_probed_Then_503_names_the_migrations_check()
    {
        // As after deploying a new version whose SQL Server scripts were not applied yet: the last migration is missing.
        var factory = Host();
        (await ProbeAsync(factory, "/health/ready")).Status.ShouldBe(HttpStatusCode.OK);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().Database.ExecuteSqlRawAsync(
                "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)");
        }

        var (status, body) = await ProbeAsync(factory, "/health/ready");

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("checks").GetProperty("migrations").GetString().ShouldBe("Unhealthy");
        (await ProbeAsync(factory, "/health/live")).Status.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task PublishAsync(ClinicApiFactory factory, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            db.Publish(new TestEventHappened($"probe {i}") { OccurredAt = now });
        }

        await db.SaveChangesAsync();
    }
}
