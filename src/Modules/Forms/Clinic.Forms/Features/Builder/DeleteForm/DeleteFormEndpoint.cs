using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.DeleteForm;

internal static class DeleteFormEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapDelete("/{formId:guid}", async (Guid formId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new DeleteForm(formId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("DeleteForm")
        .WithSummary("Deletes a form that was never requested; otherwise 409 (archive it instead).")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
