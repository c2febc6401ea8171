namespace Clinic.BuildingBlocks.Abstractions;

public abstract record IntegrationEvent : IIntegrationEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();

    /// <summary>
    /// Set by the producer from its <see cref="TimeProvider"/>. Required, with no default, so an event can never
    /// carry the machine's clock while everything else follows the clinic's (a test clock included).
    /// </summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
