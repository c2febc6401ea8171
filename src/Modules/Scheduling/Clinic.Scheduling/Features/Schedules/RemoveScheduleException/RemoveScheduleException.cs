using Mediator;

namespace Clinic.Scheduling.Features.Schedules.RemoveScheduleException;

public sealed record RemoveScheduleException(Guid ExceptionId) : IRequest;
