using Clinic.BuildingBlocks.Operations;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Clinic.Host;

/// <summary>
/// OpenTelemetry traces and metrics — ASP.NET Core, EF Core, HttpClient, the runtime and the product's own (outbox and
/// delivery queue spans, events delivered, queue backlogs) — configured by the standard OTEL_* settings and off
/// unless an exporter is: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> turns on OTLP for both; <c>OTEL_TRACES_EXPORTER</c> and
/// <c>OTEL_METRICS_EXPORTER</c> (<c>otlp</c>, <c>console</c>, <c>none</c>) choose per signal.
/// </summary>
internal static class Telemetry
{
    public static WebApplicationBuilder AddClinicTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var otlpConfigured = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var traces = Exporters(configuration["OTEL_TRACES_EXPORTER"], otlpConfigured || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]));
        var metrics = Exporters(configuration["OTEL_METRICS_EXPORTER"], otlpConfigured || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"]));
        if (traces.Count == 0 && metrics.Count == 0)
        {
            return builder;
        }

        // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, take precedence over this default name.
        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("clinic"));
        if (traces.Count > 0)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddSource(ClinicTelemetry.Name);
                if (traces.Contains("otlp"))
                {
                    tracing.AddOtlpExporter();
                }

                if (traces.Contains("console"))
                {
                    tracing.AddConsoleExporter();
                }
            });
        }

        if (metrics.Count > 0)
        {
            telemetry.WithMetrics(meters =>
            {
                meters
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(ClinicTelemetry.Name);
                if (metrics.Contains("otlp"))
                {
                    meters.AddOtlpExporter();
                }

                if (metrics.Contains("console"))
                {
                    meters.AddConsoleExporter();
                }
            });
        }

        return builder;
    }

    /// <summary>The exporters named for a signal (the OpenTelemetry spec's comma list), or OTLP when only an endpoint is set.</summary>
    private static HashSet<string> Exporters(string? named, bool endpointConfigured)
    {
        if (string.IsNullOrWhiteSpace(named))
        {
            return endpointConfigured ? ["otlp"] : [];
        }

        var exporters = named.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.ToLowerInvariant())
            .ToHashSet();
        var unknown = exporters.Except(["otlp", "console", "none"]).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Unknown OpenTelemetry exporter '{string.Join("', '", unknown)}': use otlp, console or none.");
        }

        exporters.Remove("none");
        return exporters;
    }
}
