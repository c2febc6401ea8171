namespace Clinic.Integrations.Contracts;

/// <summary>Identifies the module in logs, health checks and the outbox administration.</summary>
public static class IntegrationsModuleInfo
{
    public const string Name = "integrations";
}
