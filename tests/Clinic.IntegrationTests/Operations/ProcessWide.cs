namespace Clinic.IntegrationTests.Operations;

/// <summary>
/// Tests that observe what belongs to the whole test process — the console, and meters, which OpenTelemetry listens to
/// by name across every host in the process — run alone, so no other test's host writes or starts and stops meters
/// meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWide
{
    public const string Name = "process-wide";
}
