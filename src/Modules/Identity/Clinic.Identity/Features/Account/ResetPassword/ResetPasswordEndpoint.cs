using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.ResetPassword;

internal static class ResetPasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapPost("/reset-password", async (ResetPassword command, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(command, cancellationToken);
            return TypedResults.NoContent();
        })
        .RequireRateLimiting(IdentityRateLimits.AccountRequests)
        .WithName("ResetPassword")
        .WithSummary("Sets a new password with the token from a reset link. 422 when the link expired or was used.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
