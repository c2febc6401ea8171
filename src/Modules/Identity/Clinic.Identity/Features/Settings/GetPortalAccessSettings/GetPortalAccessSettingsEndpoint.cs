using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Settings.GetPortalAccessSettings;

internal static class GetPortalAccessSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder settings) => settings
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPortalAccessSettings(), cancellationToken)))
        .WithName("GetPortalAccessSettings")
        .WithSummary("Portal-access settings and the booking-portal link to copy and share.");
}
