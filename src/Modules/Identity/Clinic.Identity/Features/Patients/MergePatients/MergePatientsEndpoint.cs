using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Patients.MergePatients;

internal static class MergePatientsEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapPost("/merge", async (MergePatients command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("MergePatients")
        .WithSummary("Merges a duplicate profile into the one to keep; other modules move their references to the kept profile.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
