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
