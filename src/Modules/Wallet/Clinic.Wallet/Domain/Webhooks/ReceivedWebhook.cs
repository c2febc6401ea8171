namespace Clinic.Wallet.Domain.Webhooks;

/// <summary>A processor event accepted once: its id is the primary key, so a replay or a retry by the processor stores nothing new.</summary>
internal sealed class ReceivedWebhook
{
    private ReceivedWebhook() { }

    public string EventId { get; private set; } = "";

    public string Type { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public static ReceivedWebhook Accept(string eventId, string type, DateTimeOffset now) => new() { EventId = eventId, Type = type, ReceivedAt = now };
}
