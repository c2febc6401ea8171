using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Schedules.SetWeeklyHours;

internal sealed class SetWeeklyHoursHandler(SchedulingDbContext db) : IRequestHandler<SetWeeklyHours, WeeklyHoursResponse>
{
    public async ValueTask<WeeklyHoursResponse> Handle(SetWeeklyHours command, CancellationToken cancellationToken)
    {
        var (_, location) = await ScheduleRules.ProviderAtLocationAsync(db, command.ProviderId, command.LocationId, cancellationToken);

        var existing = await db.WeeklyHours.Where(w => w.ProviderId == command.ProviderId && w.LocationId == command.LocationId).ToListAsync(cancellationToken);
        db.WeeklyHours.RemoveRange(existing);
        var replacement = command.Days.SelectMany(day => day.Intervals.Select(range =>
            WeeklyHours.Create(command.ProviderId, command.LocationId, day.DayOfWeek, TimeRangeValidator.ToInterval(range)))).ToList();
        db.WeeklyHours.AddRange(replacement);
        await db.SaveChangesAsync(cancellationToken);

        return WeeklyHoursResponse.From(command.ProviderId, location, replacement);
    }
}
