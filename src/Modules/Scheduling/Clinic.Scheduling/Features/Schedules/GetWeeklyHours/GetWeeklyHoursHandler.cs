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
        return WeeklyHoursResponse.From(query.ProviderId, location, hours);
    }
}
