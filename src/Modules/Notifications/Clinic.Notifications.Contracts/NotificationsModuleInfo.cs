namespace Clinic.Notifications.Contracts;

/// <summary>Identifies the module in logs, health checks and the outbox administration.</summary>
public static class NotificationsModuleInfo
{
    public const string Name = "notifications";
}
