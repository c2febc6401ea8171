using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.SetFormServices;

internal static class SetFormServicesEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapPut("/{formId:guid}/services", async (Guid formId, SetFormServices command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { FormId = formId }, cancellationToken)))
        .WithName("SetFormServices")
        .WithSummary("Assigns the form to services: patients booking them are asked it.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
