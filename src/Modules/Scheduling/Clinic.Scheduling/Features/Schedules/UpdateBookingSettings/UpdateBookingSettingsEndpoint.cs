using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;

internal static class UpdateBookingSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder schedules) => schedules
        .MapPut("/booking-settings", async (UpdateBookingSettings command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("UpdateBookingSettings")
        .WithSummary("Changes the slot interval, minimum notice, booking horizon or provider-choice mode.")
        .ProducesValidationProblem();
}
