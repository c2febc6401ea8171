using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Patients.GetPatient;

internal static class GetPatientEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapGet("/{patientId:guid}", async (Guid patientId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPatient(patientId), cancellationToken)))
        .WithName("GetPatient")
        .WithSummary("One patient's profile and portal-account state; a merged profile names the one it was merged into.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
