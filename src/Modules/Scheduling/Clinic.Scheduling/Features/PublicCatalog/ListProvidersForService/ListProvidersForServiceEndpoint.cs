using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.PublicCatalog.ListProvidersForService;

internal static class ListProvidersForServiceEndpoint
{
    public static void Map(IEndpointRouteBuilder catalog) => catalog
        .MapGet("/services/{serviceId:guid}/providers", async (Guid serviceId, Guid? locationId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListProvidersForService(serviceId, locationId), cancellationToken)))
        .WithName("ListProvidersForService")
        .WithSummary("Practitioners who perform a service, optionally at one location.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
