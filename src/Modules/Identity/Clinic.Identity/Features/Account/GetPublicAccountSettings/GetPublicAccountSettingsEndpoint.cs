using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.GetPublicAccountSettings;

internal static class GetPublicAccountSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapGet("/settings", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPublicAccountSettings(), cancellationToken)))
        .WithName("GetPublicAccountSettings")
        .WithSummary("reCAPTCHA site key, whether booking asks for an SMS code, and the session idle timeout.");
}
