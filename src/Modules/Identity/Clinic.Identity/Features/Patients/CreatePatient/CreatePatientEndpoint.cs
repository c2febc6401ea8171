using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Patients.CreatePatient;

internal static class CreatePatientEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapPost("/", async (CreatePatient command, ISender sender, CancellationToken cancellationToken) =>
        {
            var patient = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/patients/{patient.Profile.Id}", patient);
        })
        .WithName("CreatePatient")
        .WithSummary("Adds a patient profile; likely duplicates (same phone, or same name and birth date) are flagged for review.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict);
}
