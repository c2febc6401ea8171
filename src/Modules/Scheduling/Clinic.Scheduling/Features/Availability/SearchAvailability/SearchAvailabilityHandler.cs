using Mediator;

namespace Clinic.Scheduling.Features.Availability.SearchAvailability;

internal sealed class SearchAvailabilityHandler(AvailabilityReader reader) : IRequestHandler<SearchAvailability, AvailabilityResponse>
{
    public async ValueTask<AvailabilityResponse> Handle(SearchAvailability query, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAsync(
            new AvailabilityRequest(query.LocationId, query.ServiceIds, query.ProviderId, query.From, query.To), cancellationToken);
        return new AvailabilityResponse(result.TimeZone, result.Time.TreatmentMinutes, result.Days, result.Providers);
    }
}
