using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.ApiKeys.ListApiKeys;

internal static class ListApiKeysEndpoint
{
    public static void Map(IEndpointRouteBuilder apiKeys) => apiKeys
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListApiKeys(), cancellationToken)))
        .WithName("ListApiKeys")
        .WithSummary("Every integrator API key with its scopes and last use; the keys themselves are never shown again.");
}
