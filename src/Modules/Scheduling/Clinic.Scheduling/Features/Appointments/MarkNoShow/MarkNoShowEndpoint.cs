using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Appointments.MarkNoShow;

internal static class MarkNoShowEndpoint
{
    public static void Map(IEndpointRouteBuilder appointments) => appointments
        .MapPost("/{appointmentId:guid}/no-show", async (Guid appointmentId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new MarkNoShow(appointmentId), cancellationToken)))
        .WithName("MarkNoShow")
        .WithSummary("Records that the patient did not come.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
