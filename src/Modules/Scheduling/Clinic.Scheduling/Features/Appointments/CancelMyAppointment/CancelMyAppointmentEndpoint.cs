using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.CancelMyAppointment;

internal static class CancelMyAppointmentEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapPost("/{appointmentId:guid}/cancel", async (Guid appointmentId, CancelMyAppointment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { AppointmentId = appointmentId }, cancellationToken)))
        .WithName("CancelMyAppointment")
        .WithSummary("Cancels one of the signed-in patient's appointments under the clinic's policy.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
