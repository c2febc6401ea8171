using Clinic.Scheduling.Domain.Schedules;
using Mediator;

namespace Clinic.Scheduling.Features.Schedules.AddScheduleException;

/// <summary>
/// Time off for a provider (every location), extra hours for a provider at a location, or a location
/// closure, on one local date. Leave <see cref="Time"/> empty for the whole day (not for extra hours).
/// </summary>
public sealed record AddScheduleException(
    ScheduleExceptionKind Kind, Guid? ProviderId, Guid? LocationId, DateOnly Date, TimeRange? Time, string? Reason)
    : IRequest<ScheduleExceptionResponse>;
