using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Staff.DeactivateStaffMember;

internal static class DeactivateStaffMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) => staff
        .MapPost("/{staffId:guid}/deactivate", async (Guid staffId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new DeactivateStaffMember(staffId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("DeactivateStaffMember")
        .WithSummary("Closes a staff login. Not your own, and not the last active Admin.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
