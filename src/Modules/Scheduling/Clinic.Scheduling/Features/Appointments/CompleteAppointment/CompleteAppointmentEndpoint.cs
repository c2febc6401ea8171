using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.CompleteAppointment;

internal static class CompleteAppointmentEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments) => appointments
        .MapPost("/{appointmentId:guid}/complete", async (Guid appointmentId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new CompleteAppointment(appointmentId), cancellationToken)))
        .WithName("CompleteAppointment")
        .WithSummary("Completes the visit; the patient is emailed their aftercare.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
