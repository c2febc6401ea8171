using System.Diagnostics;

namespace Clinic.BuildingBlocks.Operations;

/// <summary>
/// The product's own telemetry, under one name ("Clinic") the host subscribes to. Spans and instruments cost nothing
/// until an exporter listens (OpenTelemetry is off unless configured).
/// </summary>
public static class ClinicTelemetry
{
    public const string Name = "Clinic";

    public static readonly ActivitySource Traces = new(Name);

    public const string ModuleTag = "clinic.module";

    public const string EventTag = "clinic.event";

    public const string QueueTag = "clinic.queue";
}
