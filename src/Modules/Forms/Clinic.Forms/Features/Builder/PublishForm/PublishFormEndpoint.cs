using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.PublishForm;

internal static class PublishFormEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapPost("/{formId:guid}/publish", async (Guid formId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new PublishForm(formId), cancellationToken)))
        .WithName("PublishForm")
        .WithSummary("Publishes the draft as the form's next immutable version.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
