using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.RescheduleMyAppointment;

internal static class RescheduleMyAppointmentEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapPost("/{appointmentId:guid}/reschedule", async (Guid appointmentId, RescheduleMyAppointment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { AppointmentId = appointmentId }, cancellationToken)))
        .WithName("RescheduleMyAppointment")
        .WithSummary("Moves one of the signed-in patient's appointments to a newly held time, in one step.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
