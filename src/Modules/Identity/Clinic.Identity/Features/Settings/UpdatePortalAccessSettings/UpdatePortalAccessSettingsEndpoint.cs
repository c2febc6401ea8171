using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;

internal static class UpdatePortalAccessSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder settings) => settings
        .MapPut("/", async (UpdatePortalAccessSettings command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("UpdatePortalAccessSettings")
        .WithSummary("Turns email activation and the SMS code step on or off and sets the portal's public address.")
        .ProducesValidationProblem();
}
