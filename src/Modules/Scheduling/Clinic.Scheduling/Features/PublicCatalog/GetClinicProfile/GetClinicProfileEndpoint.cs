using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.PublicCatalog.GetClinicProfile;

internal static class GetClinicProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder catalog) => catalog
        .MapGet("/clinic", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetClinicProfile(), cancellationToken)))
        .WithName("GetClinicProfile")
        .WithSummary("The clinic's name, default language, currency and open locations.");
}
