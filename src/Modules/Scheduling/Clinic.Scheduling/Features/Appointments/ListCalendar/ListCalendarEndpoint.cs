using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.ListCalendar;

internal static class ListCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments) => appointments
        .MapGet("/", async ([FromQuery] Guid locationId, [FromQuery] DateOnly from, [FromQuery] DateOnly to, [FromQuery] Guid? providerId,
                ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListCalendar(locationId, from, to, providerId), cancellationToken)))
        .WithName("ListCalendar")
        .WithSummary("The staff calendar: appointments and live holds at a location, in its time zone.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
