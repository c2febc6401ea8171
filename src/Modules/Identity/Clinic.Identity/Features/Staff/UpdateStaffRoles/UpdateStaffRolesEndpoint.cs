using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Staff.UpdateStaffRoles;

internal static class UpdateStaffRolesEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) => staff
        .MapPut("/{staffId:guid}/roles", async (Guid staffId, UpdateStaffRoles command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { StaffId = staffId }, cancellationToken)))
        .WithName("UpdateStaffRoles")
        .WithSummary("Replaces a staff member's roles. The last active Admin cannot lose the Admin role.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
