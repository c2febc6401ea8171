namespace Clinic.Scheduling.Domain.Availability;

/// <summary>
/// A bookable start: its wall-clock label, the instant (with the location's offset at that instant, so
/// the two 02:30s of a fall-back night are told apart), every provider free then, and the one suggested
/// for "first available".
/// </summary>
public sealed record AvailableSlot(string LocalTime, DateTimeOffset StartsAt, IReadOnlyList<Guid> ProviderIds, Guid SuggestedProviderId);
