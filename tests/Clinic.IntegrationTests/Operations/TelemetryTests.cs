using Clinic.IntegrationTests.Infrastructure;
using Clinic.IntegrationTests.Notifications;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Persistence;
using Clinic.BuildingBlocks.Outbox;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Clinic.IntegrationTests.Operations;

/// <summary>
/// OpenTelemetry is configured the standard way (OTEL_* settings) and exports over OTLP to a collector, here a local
/// listener: HTTP requests, database commands, event deliveries and emails as spans; the product's own metrics beside
/// ASP.NET Core's. Without an exporter configured, nothing is collected at all.
/// </summary>
[Collection(ProcessWide.Name)]
public sealed class TelemetryTests : IDisposable
{
    private readonly RecordingOtlpCollector collector = new();

    public void Dispose() => collector.Dispose();

    [Fact]
    public async Task Given_an_otlp_endpoint_When_a_booking_event_flows_Then_spans_and_metrics_reach_the_collector()
    {
        using var factory = new ClinicApiFactory()
            .With("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Endpoint)
            .With("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .With("OTEL_BSP_SCHEDULE_DELAY", "200")
            .With("OTEL_METRIC_EXPORT_INTERVAL", "500")
            .With("Operations:BacklogSampleInterval", "00:00:00.200")
            .With("Notifications:Delivery:PollInterval", "00:00:00.200");

        (await factory.CreateClient().GetAsync("/api/catalog/clinic")).EnsureSuccessStatusCode();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var scheduling = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            scheduling.Publish(new AppointmentBooked(AppointmentEvents.Snapshot(now.AddDays(3)), true, false) { OccurredAt = now });
            await scheduling.SaveChangesAsync();
        }

        // Generous waits: exports come every fraction of a second, but a busy machine may take long to get there.
        var traces = await collector.WaitForAsync("/v1/traces", TimeSpan.FromSeconds(90),
            "/api/catalog/clinic", "outbox deliver AppointmentBooked", "notification send Email", "sqlite");
        traces.ShouldContain("/api/catalog/clinic", customMessage: "the HTTP request's span");
        traces.ShouldContain("outbox deliver AppointmentBooked", customMessage: "the outbox delivery's span");
        traces.ShouldContain("notification send Email", customMessage: "the confirmation email's span");
        traces.ShouldContain("sqlite", customMessage: "EF Core's database spans");
        var metrics = await collector.WaitForAsync("/v1/metrics", TimeSpan.FromSeconds(90),
            "clinic.events.delivered", "clinic.backlog.due", "notifications:delivery", "http.server.request.duration");
        metrics.ShouldContain("clinic.events.delivered");
        metrics.ShouldContain("clinic.backlog.due");
        metrics.ShouldContain("notifications:delivery", customMessage: "the email/SMS queue is measured beside each outbox");
        metrics.ShouldContain("wallet:payments", customMessage: "the payment operations queue is measured too");
        metrics.ShouldContain("http.server.request.duration");
        collector.Exports.ShouldAllBe(e => e.ContentType.StartsWith("application/x-protobuf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_no_exporter_configured_When_the_host_runs_Then_no_telemetry_is_collected()
    {
        using var factory = new ClinicApiFactory();

        (await factory.CreateClient().GetAsync("/api/catalog/clinic")).EnsureSuccessStatusCode();

        factory.Services.GetService<TracerProvider>().ShouldBeNull();
        factory.Services.GetService<MeterProvider>().ShouldBeNull();
    }

    [Fact]
    public void Given_an_unknown_exporter_name_When_the_host_starts_Then_it_refuses_and_names_it()
    {
        using var factory = new ClinicApiFactory().With("OTEL_TRACES_EXPORTER", "jaeger");

        Should.Throw<InvalidOperationException>(() => factory.CreateClient()).Message.ShouldContain("jaeger");
    }
}
