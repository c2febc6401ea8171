using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.RequestPasswordReset;

internal static class RequestPasswordResetEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapPost("/forgot-password", async (RequestPasswordReset command, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(command, cancellationToken);
            return TypedResults.Accepted((string?)null);
        })
        .RequireRateLimiting(IdentityRateLimits.AccountRequests)
        .WithName("RequestPasswordReset")
        .WithSummary("Emails a password-reset link if an account uses this address. Always answers 202.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
