using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.LogOut;

internal static class LogOutEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapPost("/logout", async (ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new LogOut(), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("LogOut")
        .WithSummary("Ends the session and clears its cookie.");
}
