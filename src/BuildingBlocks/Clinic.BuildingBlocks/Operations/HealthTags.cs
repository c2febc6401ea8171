namespace Clinic.BuildingBlocks.Operations;

/// <summary>Which health checks answer which probe: /health/ready runs the "ready" ones; /health/live runs none.</summary>
public static class HealthTags
{
    public const string Ready = "ready";

    public const string Database = "database";
}
