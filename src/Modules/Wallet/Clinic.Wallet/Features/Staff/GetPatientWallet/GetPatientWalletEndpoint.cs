using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Staff.GetPatientWallet;

internal static class GetPatientWalletEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapGet("/{patientId:guid}/wallet", async (Guid patientId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPatientWallet(patientId), cancellationToken)))
        .WithName("GetPatientWallet")
        .WithSummary("A patient's cards, payments, outstanding fees, refunds, credit and packages.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
