namespace Clinic.Scheduling.Contracts;

/// <summary>Identifies the module in logs, health checks and the outbox administration.</summary>
public static class SchedulingModuleInfo
{
    public const string Name = "scheduling";
}
