using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Staff.CreateStaffMember;

internal static class CreateStaffMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) => staff
        .MapPost("/", async (CreateStaffMember command, ISender sender, CancellationToken cancellationToken) =>
        {
            var member = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/staff/{member.Id}", member);
        })
        .WithName("CreateStaffMember")
        .WithSummary("Adds a staff login with roles and an initial password.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict);
}
