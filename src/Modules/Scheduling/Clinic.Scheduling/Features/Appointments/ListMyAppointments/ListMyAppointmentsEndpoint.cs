using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.ListMyAppointments;

internal static class ListMyAppointmentsEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListMyAppointments(), cancellationToken)))
        .WithName("ListMyAppointments")
        .WithSummary("The signed-in patient's upcoming and past appointments, with what they may change online.");
}
