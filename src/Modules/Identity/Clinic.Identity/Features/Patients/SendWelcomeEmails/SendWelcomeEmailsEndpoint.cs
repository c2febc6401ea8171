using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Patients.SendWelcomeEmails;

internal static class SendWelcomeEmailsEndpoint
{
    public static void Map(IEndpointRouteBuilder patients) => patients
        .MapPost("/activation", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new SendWelcomeEmails(), cancellationToken)))
        .RequireRateLimiting(IdentityRateLimits.AccountRequests)
        .WithName("SendWelcomeEmails")
        .WithSummary("'Activate now': emails the welcome link to every patient who has never logged in; repeated presses skip those just emailed.")
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
