using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.RegisterPatient;

internal static class RegisterPatientEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapPost("/register", async (RegisterPatient command, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(command, cancellationToken);
            return TypedResults.Accepted((string?)null);
        })
        .RequireRateLimiting(IdentityRateLimits.AccountRequests)
        .WithName("RegisterPatient")
        .WithSummary("Registers a patient account and emails a verification link. Answers 202 whether or not the email was already registered.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
