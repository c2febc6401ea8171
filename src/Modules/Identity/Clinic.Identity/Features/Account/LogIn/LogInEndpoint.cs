using Clinic.Identity.Features.Account.GetCurrentUser;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.LogIn;

internal static class LogInEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapPost("/login", async Task<Results<Ok<CurrentUserResponse>, ProblemHttpResult>> (LogIn command, ISender sender, CancellationToken cancellationToken) =>
        {
            var result = await sender.Send(command, cancellationToken);
            return result.Outcome switch
            {
                LogInOutcome.SignedIn => TypedResults.Ok(result.User!),
                LogInOutcome.EmailNotVerified => TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Email not verified",
                    detail: "Confirm your email address first: we have sent you a new link."),
                _ => TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Login failed",
                    detail: "The email or password is not correct. After several failed attempts the account is locked for a few minutes."),
            };
        })
        .RequireRateLimiting(IdentityRateLimits.Login)
        .WithName("LogIn")
        .WithSummary("Starts a session (HttpOnly cookie). 401 for any wrong email, password or locked account, in the same words.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
