using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Patients.ListPossibleDuplicates;

internal static class ListPossibleDuplicatesEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapGet("/duplicates", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListPossibleDuplicates(), cancellationToken)))
        .WithName("ListPossibleDuplicates")
        .WithSummary("Pairs of profiles that share a phone, or a name and birth date, awaiting a merge or a dismissal.");
}
