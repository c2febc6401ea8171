using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Patients.SearchPatients;

internal static class SearchPatientsEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken, string? search = null, int limit = 50) =>
            TypedResults.Ok(await sender.Send(new SearchPatients(search, limit), cancellationToken)))
        .WithName("SearchPatients")
        .WithSummary("Patients whose name, email or phone contains the search text; newest first.")
        .ProducesValidationProblem();
}
