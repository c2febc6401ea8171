namespace Clinic.Integrations.Catalog;

/// <summary>
/// Every event type integrators can subscribe to. A module's events are described in one file beside this one
/// (<see cref="AppointmentWebhookEvents"/>, <see cref="PatientWebhookEvents"/>); adding a module's events is that
/// file plus one line here. Nothing else changes: subscribing, queuing, signing and the admin screen read this list.
/// </summary>
internal static class WebhookEventCatalog
{
    public static IReadOnlyList<WebhookEventDefinition> All { get; } =
    [
        .. AppointmentWebhookEvents.All,
        .. PatientWebhookEvents.All,
    ];

    private static readonly Dictionary<Type, WebhookEventDefinition> BySource = All.ToDictionary(e => e.Source);

    public static IReadOnlySet<string> Names { get; } = All.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

    public static WebhookEventDefinition? For(Type integrationEvent) => BySource.GetValueOrDefault(integrationEvent);
}
