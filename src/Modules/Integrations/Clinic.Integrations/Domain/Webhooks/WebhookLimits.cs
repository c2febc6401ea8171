namespace Clinic.Integrations.Domain.Webhooks;

/// <summary>Column sizes, shared by validators and the database mapping.</summary>
public static class WebhookLimits
{
    public const int NameLength = 100;
    public const int UrlLength = 2000;
    public const int EventTypeLength = 64;
    public const int ErrorLength = 1000;
    public const int MaxEventTypes = 50;
    public const int MaxSecretOverlapHours = 168;
}
