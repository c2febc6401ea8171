using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.CancelAppointment;

internal static class CancelAppointmentEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments) => appointments
        .MapPost("/{appointmentId:guid}/cancel", async (Guid appointmentId, CancelAppointment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { AppointmentId = appointmentId }, cancellationToken)))
        .WithName("CancelAppointment")
        .WithSummary("Cancels an appointment and frees the time; a late cancellation may carry the policy's fee.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
