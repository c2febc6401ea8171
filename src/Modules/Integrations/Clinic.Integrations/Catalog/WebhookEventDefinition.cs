using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Integrations.Catalog;

/// <summary>
/// One event type integrators can subscribe to: its public name, what it means, the integration event behind it,
/// and the <c>data</c> it carries — ids and what an integrator needs to act, never clinical content (answers,
/// consents, medical history stay in Forms).
/// </summary>
internal sealed class WebhookEventDefinition
{
    private readonly Func<IIntegrationEvent, object> data;

    private WebhookEventDefinition(string name, Type source, string description, Func<IIntegrationEvent, object> data)
    {
        Name = name;
        Source = source;
        Description = description;
        this.data = data;
    }

    /// <summary>Lower-case "resource.verb", e.g. "appointment.booked"; the payload's <c>type</c>.</summary>
    public string Name { get; }

    public Type Source { get; }

    public string Description { get; }

    public object DataOf(IIntegrationEvent integrationEvent) => data(integrationEvent);

    public static WebhookEventDefinition For<TEvent>(string name, string description, Func<TEvent, object> data)
        where TEvent : IIntegrationEvent =>
        new(name, typeof(TEvent), description, e => data((TEvent)e));
}
