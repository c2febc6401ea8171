using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Schedules.ListScheduleExceptions;

internal sealed class ListScheduleExceptionsHandler(SchedulingDbContext db)
    : IRequestHandler<ListScheduleExceptions, IReadOnlyList<ScheduleExceptionResponse>>
{
    public async ValueTask<IReadOnlyList<ScheduleExceptionResponse>> Handle(ListScheduleExceptions query, CancellationToken cancellationToken)
    {
        var exceptions = await db.ScheduleExceptions.AsNoTracking()
            .Where(e => e.Date >= query.From && e.Date <= query.To)
            .Where(e => query.ProviderId == null || e.ProviderId == query.ProviderId)
            .Where(e => query.LocationId == null || e.LocationId == query.LocationId || e.LocationId == null)
            .OrderBy(e => e.Date).ThenBy(e => e.StartMinute)
            .ToListAsync(cancellationToken);
        return exceptions.Select(ScheduleExceptionResponse.From).ToList();
    }
}
