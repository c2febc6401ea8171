using Clinic.Scheduling.Features.Schedules.SetWeeklyHours;
using Mediator;

namespace Clinic.Scheduling.Features.Schedules.GetWeeklyHours;

public sealed record GetWeeklyHours(Guid ProviderId, Guid LocationId) : IRequest<WeeklyHoursResponse>;
