using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.BookForPatient;

internal static class BookForPatientEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments) => appointments
        .MapPost("/", async (BookForPatient command, ISender sender, CancellationToken cancellationToken) =>
        {
            var appointment = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/appointments/{appointment.Id}", appointment);
        })
        .WithName("BookForPatient")
        .WithSummary("Books an appointment on a patient's behalf; online limits do not apply, double booking is still impossible.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
