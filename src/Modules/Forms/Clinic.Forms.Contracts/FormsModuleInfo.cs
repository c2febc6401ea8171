namespace Clinic.Forms.Contracts;

/// <summary>Identifies the module in logs, health checks and the outbox administration.</summary>
public static class FormsModuleInfo
{
    public const string Name = "forms";
}
