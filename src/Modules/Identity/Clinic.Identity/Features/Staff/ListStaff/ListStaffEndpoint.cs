using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Staff.ListStaff;

internal static class ListStaffEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) => staff
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListStaff(), cancellationToken)))
        .WithName("ListStaff")
        .WithSummary("Every staff login with its roles.");
}
