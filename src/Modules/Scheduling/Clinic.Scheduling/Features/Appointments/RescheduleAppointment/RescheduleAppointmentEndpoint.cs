using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.RescheduleAppointment;

internal static class RescheduleAppointmentEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments) => appointments
        .MapPost("/{appointmentId:guid}/reschedule", async (Guid appointmentId, RescheduleAppointment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { AppointmentId = appointmentId }, cancellationToken)))
        .WithName("RescheduleAppointment")
        .WithSummary("Moves an appointment to another free time (and optionally provider) in one step.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
