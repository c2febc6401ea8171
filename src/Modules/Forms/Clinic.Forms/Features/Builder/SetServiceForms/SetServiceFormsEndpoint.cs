using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.SetServiceForms;

internal static class SetServiceFormsEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapPut("/services/{serviceId:guid}", async (Guid serviceId, SetServiceForms command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { ServiceId = serviceId }, cancellationToken)))
        .WithName("SetServiceForms")
        .WithSummary("Chooses the forms patients booking this service are asked.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
