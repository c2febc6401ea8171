using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Availability;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Availability;

/// <summary>
/// Loads what the engine needs with a fixed number of queries — whatever the number of providers or
/// days — checks the request against the clinic's rules, and runs <see cref="AvailabilityEngine"/>.
/// </summary>
internal sealed class AvailabilityReader(SchedulingDbContext db, TimeProvider clock)
{
    /// <summary>Longest date range one request may cover (a calendar month view needs up to 6 weeks).</summary>
    public const int MaxRangeDays = 62;

    public async Task<AvailabilityResult> ReadAsync(AvailabilityRequest request, CancellationToken cancellationToken)
    {
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == request.LocationId && l.IsActive, cancellationToken)
            ?? throw new NotFoundException("Location", request.LocationId);
        var cart = new Cart(await LoadServicesAsync(request.ServiceIds, cancellationToken));
        var settings = await db.BookingSettingsAsync(cancellationToken);
        settings.EnsureProviderChoice(request.ProviderId);
        var providers = await ChooseProvidersAsync(request.ProviderId, location, cart, cancellationToken);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(location.TimeZoneId);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var (first, last) = settings.BookableDates(today, request.From, request.To);
        var time = cart.Time;
        if (first > last)
        {
            return new AvailabilityResult(location.TimeZoneId, time, [], []);
        }

        var calendars = await LoadCalendarsAsync(providers, location.Id, zone, first, last, now, cancellationToken);
        var query = new AvailabilityQuery(zone, first, last, settings.EarliestStart(now), settings.SlotIntervalMinutes, time.TreatmentMinutes, time.OccupiedMinutes);
        var days = AvailabilityEngine.Compute(query, calendars);
        var mentioned = days.SelectMany(d => d.Slots).SelectMany(s => s.ProviderIds).ToHashSet();
        return new AvailabilityResult(location.TimeZoneId, time, days,
            providers.Where(p => mentioned.Contains(p.Id)).Select(p => new SlotProvider(p.Id, p.DisplayName, p.Title)).ToList());
    }

    private async Task<List<Service>> LoadServicesAsync(IReadOnlyList<Guid> serviceIds, CancellationToken cancellationToken)
    {
        var found = await db.Services.AsNoTracking()
            .Where(s => serviceIds.Contains(s.Id) && s.IsActive && s.IsOnlineBookable)
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var missing = serviceIds.FirstOrDefault(id => !found.ContainsKey(id));
        if (missing != Guid.Empty)
        {
            throw new NotFoundException("Service", missing);
        }

        return serviceIds.Select(id => found[id]).ToList();
    }

    /// <summary>The chosen provider, who must work here and perform the whole cart, or everyone here who can (first available).</summary>
    private async Task<IReadOnlyList<Provider>> ChooseProvidersAsync(Guid? providerId, Location location, Cart cart, CancellationToken cancellationToken)
    {
        var atLocation = await db.Providers.AsNoTracking().AsSplitQuery()
            .Where(p => p.IsActive && p.Locations.Any(l => l.LocationId == location.Id))
            .OrderBy(p => p.DisplayName)
            .ToListAsync(cancellationToken);
        if (providerId is null)
        {
            return cart.WhoCanPerform(atLocation, location.Name);
        }

        var chosen = atLocation.SingleOrDefault(p => p.Id == providerId);
        if (chosen is null)
        {
            var exists = await db.Providers.AnyAsync(p => p.Id == providerId && p.IsActive, cancellationToken);
            throw exists
                ? new BusinessRuleException($"This provider does not work at {location.Name}. Choose another provider or location.")
                : new NotFoundException("Provider", providerId.Value);
        }

        cart.EnsurePerformedBy(chosen);
        return [chosen];
    }

    private async Task<List<ProviderCalendar>> LoadCalendarsAsync(
        IReadOnlyList<Provider> providers, Guid locationId, TimeZoneInfo zone, DateOnly first, DateOnly last, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var providerIds = providers.Select(p => p.Id).ToList();
        // A day either side covers every offset a zone can have, so no instant of the local dates is missed.
        var rangeStart = new DateTimeOffset(first.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rangeEnd = new DateTimeOffset(last.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var weekly = await db.WeeklyHours.AsNoTracking()
            .Where(w => w.LocationId == locationId && providerIds.Contains(w.ProviderId))
            .ToListAsync(cancellationToken);
        var exceptions = await db.ScheduleExceptions.AsNoTracking()
            .Where(e => e.Date >= first && e.Date <= last
                        && ((e.ProviderId != null && providerIds.Contains(e.ProviderId.Value)) || (e.Kind == ScheduleExceptionKind.LocationClosed && e.LocationId == locationId)))
            .ToListAsync(cancellationToken);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => providerIds.Contains(a.ProviderId)
                        && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Started)
                        && a.StartsAt < rangeEnd && a.OccupiedUntil > rangeStart)
            .Select(a => new { a.ProviderId, a.StartsAt, a.OccupiedUntil })
            .ToListAsync(cancellationToken);
        var holds = await db.SlotHolds.AsNoTracking()
            .Where(h => providerIds.Contains(h.ProviderId) && h.ExpiresAt > now && h.StartsAt < rangeEnd && h.OccupiedUntil > rangeStart)
            .Select(h => new { h.ProviderId, h.StartsAt, h.OccupiedUntil })
            .ToListAsync(cancellationToken);

        var weeklyByProvider = weekly.ToLookup(w => w.ProviderId);
        var closures = exceptions.Where(e => e.Kind == ScheduleExceptionKind.LocationClosed).ToList();
        var exceptionsByProvider = exceptions.Where(e => e.ProviderId is not null).ToLookup(e => e.ProviderId!.Value);
        var appointmentsByProvider = appointments.ToLookup(a => a.ProviderId, a => new BusyInterval(a.StartsAt, a.OccupiedUntil));
        var holdsByProvider = holds.ToLookup(h => h.ProviderId, h => new BusyInterval(h.StartsAt, h.OccupiedUntil));

        return providers.Select(p =>
        {
            var own = exceptionsByProvider[p.Id].ToList();
            var booked = appointmentsByProvider[p.Id].ToList();
            return new ProviderCalendar(
                p.Id,
                p.DisplayName,
                weeklyByProvider[p.Id].GroupBy(w => w.DayOfWeek).ToDictionary(g => g.Key, g => (IReadOnlyList<LocalInterval>)g.Select(w => w.Interval).ToList()),
                own.Where(e => e.Kind == ScheduleExceptionKind.ExtraHours && e.LocationId == locationId)
                    .GroupBy(e => e.Date).ToDictionary(g => g.Key, g => (IReadOnlyList<LocalInterval>)g.Select(e => e.Interval).ToList()),
                own.Where(e => e.Kind == ScheduleExceptionKind.TimeOff).Concat(closures)
                    .GroupBy(e => e.Date).ToDictionary(g => g.Key, g => (IReadOnlyList<LocalInterval>)g.Select(e => e.Interval).ToList()),
                [.. booked, .. holdsByProvider[p.Id]],
                booked);
        }).ToList();
    }
}
