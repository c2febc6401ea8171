using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.GetFormVersion;

internal static class GetFormVersionEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapGet("/{formId:guid}/versions/{versionId:guid}", async (Guid formId, Guid versionId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetFormVersion(formId, versionId), cancellationToken)))
        .WithName("GetFormVersion")
        .WithSummary("A published version's frozen content.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
