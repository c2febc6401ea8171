using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.IntegrationTests.Outbox;

public sealed record TestEventHappened(string Note) : IntegrationEvent;
