using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.VerifyEmail;

internal static class VerifyEmailEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapPost("/verify-email", async (VerifyEmail command, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(command, cancellationToken);
            return TypedResults.NoContent();
        })
        .RequireRateLimiting(IdentityRateLimits.AccountRequests)
        .WithName("VerifyEmail")
        .WithSummary("Confirms an account's email with the token from the verification link. 422 when the link expired or was used.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
