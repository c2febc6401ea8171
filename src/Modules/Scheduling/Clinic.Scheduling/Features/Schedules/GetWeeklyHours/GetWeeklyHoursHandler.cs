using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Features.Schedules.SetWeeklyHours;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Schedules.GetWeeklyHours;

internal sealed class GetWeeklyHoursHandler(SchedulingDbContext db) : IRequestHandler<GetWeeklyHours, WeeklyHoursResponse>
{
    public async ValueTask<WeeklyHoursResponse> Handle(GetWeeklyHours query, CancellationToken cancellationToken)
    {
        var (_, location) = await ScheduleRules.ProviderAtLocationAsync(db, query.ProviderId, query.LocationId, cancellationToken);
        var hours = await db.WeeklyHours.AsNoTracking()
            .Where(w => w.ProviderId == query.ProviderId && w.LocationId == query.LocationId)
            .ToListAsync(cancellationToken);
        return ToResponse(query.ProviderId, location, hours);
    }

    internal static WeeklyHoursResponse ToResponse(Guid providerId, Location location, IEnumerable<WeeklyHours> hours) => new(
        providerId,
        location.Id,
        location.TimeZoneId,
        hours.GroupBy(h => h.DayOfWeek)
            .OrderBy(g => ((int)g.Key + 6) % 7)
            .Select(g => new WorkingDay(g.Key, g.OrderBy(h => h.StartMinute)
                .Select(h => new TimeRange(LocalInterval.FormatTime(h.StartMinute), LocalInterval.FormatTime(h.EndMinute))).ToList()))
            .ToList());
}
