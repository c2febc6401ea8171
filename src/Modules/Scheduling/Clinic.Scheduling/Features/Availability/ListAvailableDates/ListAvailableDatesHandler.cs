using Mediator;

namespace Clinic.Scheduling.Features.Availability.ListAvailableDates;

internal sealed class ListAvailableDatesHandler(AvailabilityReader reader) : IRequestHandler<ListAvailableDates, AvailableDatesResponse>
{
    public async ValueTask<AvailableDatesResponse> Handle(ListAvailableDates query, CancellationToken cancellationToken)
    {
        ListAvailableDatesValidator.TryParseMonth(query.Month, out var firstDay);
        var lastDay = firstDay.AddMonths(1).AddDays(-1);
        var result = await reader.ReadAsync(
            new AvailabilityRequest(query.LocationId, query.ServiceIds, query.ProviderId, firstDay, lastDay), cancellationToken);
        return new AvailableDatesResponse(result.TimeZone, query.Month,
            result.Days.Select(d => new AvailableDate(d.Date, d.Slots.Count)).ToList());
    }
}
