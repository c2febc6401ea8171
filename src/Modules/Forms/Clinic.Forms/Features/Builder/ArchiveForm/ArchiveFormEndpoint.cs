using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.ArchiveForm;

internal static class ArchiveFormEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapPost("/{formId:guid}/archive", async (Guid formId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ArchiveForm(formId), cancellationToken)))
        .WithName("ArchiveForm")
        .WithSummary("Archives the form: kept with every version and answer, never requested again; pending requests of visits ahead are withdrawn.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
