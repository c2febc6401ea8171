using Clinic.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.GetCurrentUser;

internal static class GetCurrentUserEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapGet("/me", async Task<Results<Ok<CurrentUserResponse>, UnauthorizedHttpResult>> (ISender sender, CancellationToken cancellationToken) =>
            await sender.Send(new GetCurrentUser(), cancellationToken) is { } me ? TypedResults.Ok(me) : TypedResults.Unauthorized())
        .RequireAuthorization()
        .IssuesAntiforgeryToken()
        .WithName("GetCurrentUser")
        .WithSummary("The signed-in person (name for the page header, roles, own patient id). 401 without a session. Refreshes the XSRF-TOKEN cookie.");
}
