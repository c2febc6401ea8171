using Clinic.Identity.Features.Account.GetCurrentUser;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.ActivateAccount;

internal static class ActivateAccountEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapPost("/activate", async (ActivateAccount command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .RequireRateLimiting(IdentityRateLimits.AccountRequests)
        .WithName("ActivateAccount")
        .WithSummary("Sets the password of a patient's portal account from the welcome email's link and signs the patient in.")
        .Produces<CurrentUserResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
