namespace Clinic.BuildingBlocks.Operations;

/// <summary>How much work a queue has waiting right now: due items, how long the oldest has waited, and the dead ones.</summary>
public sealed record BacklogReading(string Queue, long Due, TimeSpan OldestWait, long DeadLetters);
