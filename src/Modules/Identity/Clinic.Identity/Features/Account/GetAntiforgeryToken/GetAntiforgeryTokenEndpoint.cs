using Clinic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Identity.Features.Account.GetAntiforgeryToken;

internal static class GetAntiforgeryTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder account) => account
        .MapGet("/antiforgery", () => TypedResults.NoContent())
        .IssuesAntiforgeryToken()
        .WithName("GetAntiforgeryToken")
        .WithSummary($"Sets the {ApiAntiforgery.RequestTokenCookie} cookie whose value browser clients echo in the {ApiAntiforgery.HeaderName} header on POST/PUT/DELETE.");
}
