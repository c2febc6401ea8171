using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Ledger.AdjustCredit;

internal static class AdjustCreditEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapPost("/{patientId:guid}/wallet/credits", async (Guid patientId, AdjustCredit command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { PatientId = patientId }, cancellationToken)))
        .WithName("AdjustCredit")
        .WithSummary("Adds credit to a patient's wallet (gift, goodwill) or takes some away, with a reason.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
