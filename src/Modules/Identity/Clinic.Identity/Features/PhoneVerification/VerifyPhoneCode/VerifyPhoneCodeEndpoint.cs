using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.PhoneVerification.VerifyPhoneCode;

internal static class VerifyPhoneCodeEndpoint
{
    public static void Map(IEndpointRouteBuilder phone) => phone
        .MapPost("/verify", async (VerifyPhoneCode command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .RequireRateLimiting(IdentityRateLimits.SmsChecks)
        .WithName("VerifyPhoneCode")
        .WithSummary("Checks an SMS code (5 tries per code) and returns a short-lived, single-use phone-verification token for the booking.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
