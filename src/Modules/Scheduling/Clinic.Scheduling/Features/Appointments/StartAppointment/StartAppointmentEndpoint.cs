using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

internal static class StartAppointmentEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments)
    {
        appointments
            .MapPost("/{appointmentId:guid}/start", async (Guid appointmentId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new StartAppointment(appointmentId), cancellationToken)))
            .WithName("StartAppointment")
            .WithSummary("Starts the visit; post-treatment instructions are released to the patient. Before the clinic's early-start window "
                         + "it is refused (422 with code \"early-start\" and \"startableFrom\"): see StartAppointmentEarly.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        appointments
            .MapPost("/{appointmentId:guid}/start-early", async (Guid appointmentId, StartAppointmentEarly command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command with { AppointmentId = appointmentId }, cancellationToken)))
            .WithName("StartAppointmentEarly")
            .WithSummary("Starts the visit before the clinic's early-start window, on purpose: the reason is kept in the appointment's history.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
