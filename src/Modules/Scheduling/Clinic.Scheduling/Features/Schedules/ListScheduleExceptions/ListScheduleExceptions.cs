using Mediator;

namespace Clinic.Scheduling.Features.Schedules.ListScheduleExceptions;

/// <summary>Exceptions on local dates From..To (at most a year), optionally for one provider or location.</summary>
public sealed record ListScheduleExceptions(DateOnly From, DateOnly To, Guid? ProviderId, Guid? LocationId)
    : IRequest<IReadOnlyList<ScheduleExceptionResponse>>;
