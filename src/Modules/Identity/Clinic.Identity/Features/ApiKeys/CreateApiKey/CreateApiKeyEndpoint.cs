using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.ApiKeys.CreateApiKey;

internal static class CreateApiKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder apiKeys) => apiKeys
        .MapPost("/", async (CreateApiKey command, ISender sender, CancellationToken cancellationToken) =>
        {
            var created = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/api-keys/{created.ApiKey.Id}", created);
        })
        .WithName("CreateApiKey")
        .WithSummary("Creates a scoped API key for an integrator; the key is returned once and stored only as a hash.")
        .ProducesValidationProblem();
}
