using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Patients.DismissPossibleDuplicate;

internal static class DismissPossibleDuplicateEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapPost("/duplicates/{duplicateId:guid}/dismiss", async (Guid duplicateId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new DismissPossibleDuplicate(duplicateId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("DismissPossibleDuplicate")
        .WithSummary("Marks a flagged pair as two different people.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
