using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Scheduling.Features.Schedules.SetWeeklyHours;

/// <summary>Replaces a provider's whole weekly pattern at one location; days left out are days off.</summary>
public sealed record SetWeeklyHours(IReadOnlyList<WorkingDay> Days) : IRequest<WeeklyHoursResponse>
{
    [JsonIgnore]
    public Guid ProviderId { get; init; }

    [JsonIgnore]
    public Guid LocationId { get; init; }
}

/// <summary>Working intervals on a weekday, e.g. 09:00–13:00 and 15:00–19:00.</summary>
public sealed record WorkingDay(DayOfWeek DayOfWeek, IReadOnlyList<TimeRange> Intervals);

public sealed record WeeklyHoursResponse(Guid ProviderId, Guid LocationId, string TimeZone, IReadOnlyList<WorkingDay> Days);
