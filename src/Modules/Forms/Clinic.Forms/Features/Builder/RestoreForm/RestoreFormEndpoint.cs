using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.RestoreForm;

internal static class RestoreFormEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapPost("/{formId:guid}/restore", async (Guid formId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RestoreForm(formId), cancellationToken)))
        .WithName("RestoreForm")
        .WithSummary("Puts an archived form back in use; visits ahead of its services get it again.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
