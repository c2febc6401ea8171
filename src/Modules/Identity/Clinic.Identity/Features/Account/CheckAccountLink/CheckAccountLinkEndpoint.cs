using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.CheckAccountLink;

internal static class CheckAccountLinkEndpoint
{
    // POST, not GET: the token stays out of URLs and access logs.
    public static void Map(IEndpointRouteBuilder account) => account
        .MapPost("/links/check", async (CheckAccountLink query, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(query, cancellationToken)))
        .RequireRateLimiting(IdentityRateLimits.AccountRequests)
        .WithName("CheckAccountLink")
        .WithSummary("Says whether an activation or password-reset link can still be used, without using it: the page checks before showing its form.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
