using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.UpdateForm;

internal static class UpdateFormEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapPut("/{formId:guid}", async (Guid formId, UpdateForm command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { FormId = formId }, cancellationToken)))
        .WithName("UpdateForm")
        .WithSummary("Saves the form's draft; publish it to make a new version.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
