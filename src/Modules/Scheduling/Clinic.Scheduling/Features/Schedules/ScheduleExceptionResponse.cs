using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.Scheduling.Features.Schedules;

public sealed record ScheduleExceptionResponse(
    Guid Id, ScheduleExceptionKind Kind, Guid? ProviderId, Guid? LocationId, DateOnly Date, TimeRange Time, string? Reason)
{
    internal static ScheduleExceptionResponse From(ScheduleException e) => new(
        e.Id, e.Kind, e.ProviderId, e.LocationId, e.Date,
        new TimeRange(LocalInterval.FormatTime(e.StartMinute), LocalInterval.FormatTime(e.EndMinute)), e.Reason);
}
