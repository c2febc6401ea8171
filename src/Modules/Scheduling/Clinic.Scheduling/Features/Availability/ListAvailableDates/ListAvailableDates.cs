using Mediator;

namespace Clinic.Scheduling.Features.Availability.ListAvailableDates;

/// <summary>Which dates of a month (e.g. "2026-12") have at least one bookable start: the booking calendar's month view.</summary>
public sealed record ListAvailableDates(Guid LocationId, IReadOnlyList<Guid> ServiceIds, Guid? ProviderId, string Month)
    : IRequest<AvailableDatesResponse>;

public sealed record AvailableDatesResponse(string TimeZone, string Month, IReadOnlyList<AvailableDate> Dates);

public sealed record AvailableDate(DateOnly Date, int SlotCount);
