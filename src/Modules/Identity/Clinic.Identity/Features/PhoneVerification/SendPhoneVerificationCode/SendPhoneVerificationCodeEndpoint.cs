using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.PhoneVerification.SendPhoneVerificationCode;

internal static class SendPhoneVerificationCodeEndpoint
{
    public static void Map(IEndpointRouteBuilder phone) => phone
        .MapPost("/codes", async (SendPhoneVerificationCode command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Accepted((string?)null, await sender.Send(command, cancellationToken)))
        .RequireRateLimiting(IdentityRateLimits.SmsCodes)
        .WithName("SendPhoneVerificationCode")
        .WithSummary("Texts a one-time code, valid 10 minutes, to the phone. At most 5 codes per phone per hour (429 after that).")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
