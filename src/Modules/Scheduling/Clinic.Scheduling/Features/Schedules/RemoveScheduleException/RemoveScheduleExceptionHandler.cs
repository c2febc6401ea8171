using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Schedules.RemoveScheduleException;

internal sealed class RemoveScheduleExceptionHandler(SchedulingDbContext db) : IRequestHandler<RemoveScheduleException>
{
    public async ValueTask<Unit> Handle(RemoveScheduleException command, CancellationToken cancellationToken)
    {
        var removed = await db.ScheduleExceptions.Where(e => e.Id == command.ExceptionId).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? Unit.Value : throw new NotFoundException("Schedule exception", command.ExceptionId);
    }
}
