using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Status.ListAppointmentForms;

internal static class ListAppointmentFormsEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapGet("/appointments", async (Guid[]? appointmentIds, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListAppointmentForms(appointmentIds ?? []), cancellationToken)))
        .WithName("ListAppointmentForms")
        .WithSummary("Forms status per appointment (which forms, done or pending), never the answers.")
        .ProducesValidationProblem();
}
