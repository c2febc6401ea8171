using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments.ListCalendar;

internal sealed class ListCalendarHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ListCalendar, CalendarResponse>
{
    public async ValueTask<CalendarResponse> Handle(ListCalendar query, CancellationToken cancellationToken)
    {
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == query.LocationId, cancellationToken)
            ?? throw new NotFoundException("Location", query.LocationId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(location.TimeZoneId);
        var from = LocalMidnight(query.From, zone);
        var to = LocalMidnight(query.To.AddDays(1), zone);
        var now = clock.GetUtcNow();

        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.LocationId == query.LocationId && a.StartsAt < to && a.EndsAt > from)
            .Where(a => query.ProviderId == null || a.ProviderId == query.ProviderId)
            .OrderBy(a => a.StartsAt)
            .ToListAsync(cancellationToken);
        var holds = await db.SlotHolds.AsNoTracking()
            .Where(h => h.LocationId == query.LocationId && h.ExpiresAt > now && h.StartsAt < to && h.EndsAt > from)
            .Where(h => query.ProviderId == null || h.ProviderId == query.ProviderId)
            .ToListAsync(cancellationToken);
        var providerIds = appointments.Select(a => a.ProviderId).Distinct().ToList();
        var names = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);

        return new CalendarResponse(
            location.TimeZoneId,
            appointments.Select(a => new CalendarAppointment(a.Id, a.Status, a.PatientName, a.ProviderId, names[a.ProviderId],
                TimeZoneInfo.ConvertTime(a.StartsAt, zone), TimeZoneInfo.ConvertTime(a.EndsAt, zone),
                a.Services.OrderBy(s => s.Position).Select(s => s.Name).ToList())).ToList(),
            holds.Select(h => new CalendarHold(h.Id, h.ProviderId, TimeZoneInfo.ConvertTime(h.StartsAt, zone), TimeZoneInfo.ConvertTime(h.EndsAt, zone), h.ExpiresAt)).ToList());
    }

    private static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local));
    }
}
