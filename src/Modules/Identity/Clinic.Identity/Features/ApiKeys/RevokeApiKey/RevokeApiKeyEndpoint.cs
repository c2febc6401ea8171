using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.ApiKeys.RevokeApiKey;

internal static class RevokeApiKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder apiKeys) => apiKeys
        .MapPost("/{apiKeyId:guid}/revoke", async (Guid apiKeyId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new RevokeApiKey(apiKeyId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("RevokeApiKey")
        .WithSummary("Revokes an API key immediately.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
