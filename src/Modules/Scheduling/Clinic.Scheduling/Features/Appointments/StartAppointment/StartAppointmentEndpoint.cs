using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

internal static class StartAppointmentEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments) => appointments
        .MapPost("/{appointmentId:guid}/start", async (Guid appointmentId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new StartAppointment(appointmentId), cancellationToken)))
        .WithName("StartAppointment")
        .WithSummary("Starts the visit; post-treatment instructions are released to the patient.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
