using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.GetServiceForms;

internal static class GetServiceFormsEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapGet("/services/{serviceId:guid}", async (Guid serviceId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetServiceForms(serviceId), cancellationToken)))
        .WithName("GetServiceForms")
        .WithSummary("The forms patients booking this service are asked.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
