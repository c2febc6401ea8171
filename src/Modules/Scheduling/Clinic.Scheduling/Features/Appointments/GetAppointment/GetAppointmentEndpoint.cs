using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.GetAppointment;

internal static class GetAppointmentEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments) => appointments
        .MapGet("/{appointmentId:guid}", async (Guid appointmentId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetAppointment(appointmentId), cancellationToken)))
        .WithName("GetAppointment")
        .WithSummary("An appointment with its history (who did what, when).")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
