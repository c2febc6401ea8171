using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Schedules.AddScheduleException;

internal sealed class AddScheduleExceptionHandler(SchedulingDbContext db) : IRequestHandler<AddScheduleException, ScheduleExceptionResponse>
{
    public async ValueTask<ScheduleExceptionResponse> Handle(AddScheduleException command, CancellationToken cancellationToken)
    {
        switch (command.Kind)
        {
            case ScheduleExceptionKind.ExtraHours:
                await ScheduleRules.ProviderAtLocationAsync(db, command.ProviderId!.Value, command.LocationId!.Value, cancellationToken);
                break;
            case ScheduleExceptionKind.TimeOff when !await db.Providers.AnyAsync(p => p.Id == command.ProviderId, cancellationToken):
                throw new NotFoundException("Provider", command.ProviderId!.Value);
            case ScheduleExceptionKind.LocationClosed when !await db.Locations.AnyAsync(l => l.Id == command.LocationId, cancellationToken):
                throw new NotFoundException("Location", command.LocationId!.Value);
        }

        var interval = command.Time is null ? LocalInterval.WholeDay : TimeRangeValidator.ToInterval(command.Time);
        var exception = ScheduleException.Create(command.Kind, command.ProviderId, command.LocationId, command.Date, interval, command.Reason);
        db.ScheduleExceptions.Add(exception);
        await db.SaveChangesAsync(cancellationToken);
        return ScheduleExceptionResponse.From(exception);
    }
}
