using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.GetForm;

internal static class GetFormEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapGet("/{formId:guid}", async (Guid formId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetForm(formId), cancellationToken)))
        .WithName("GetForm")
        .WithSummary("A form's draft, versions and assigned services.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
