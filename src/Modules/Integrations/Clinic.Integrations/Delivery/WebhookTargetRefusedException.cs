namespace Clinic.Integrations.Delivery;

/// <summary>The sender would not connect: the target resolves to an address webhooks may not reach.</summary>
internal sealed class WebhookTargetRefusedException(string message) : Exception(message);
