using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Schedules.GetBookingSettings;

internal static class GetBookingSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder schedules) => schedules
        .MapGet("/booking-settings", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetBookingSettings(), cancellationToken)))
        .WithName("GetBookingSettings")
        .WithSummary("Slot interval, minimum notice, booking horizon and provider-choice mode.");
}
