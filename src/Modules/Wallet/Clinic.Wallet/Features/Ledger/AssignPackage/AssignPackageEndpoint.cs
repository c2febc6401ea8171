using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Ledger.AssignPackage;

internal static class AssignPackageEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapPost("/{patientId:guid}/wallet/packages", async (Guid patientId, AssignPackage command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { PatientId = patientId }, cancellationToken)))
        .WithName("AssignPackage")
        .WithSummary("Sells or gives a package product (sessions of given services) to a patient, with a reason.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
