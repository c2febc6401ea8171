using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Configuration.GetPaymentConfiguration;

internal static class GetPaymentConfigurationEndpoint
{
    public static void Map(IEndpointRouteBuilder payments) => payments
        .MapGet("/configuration", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPaymentConfiguration(), cancellationToken)))
        .WithName("GetPaymentConfiguration")
        .WithSummary("Which card processor the SPA talks to, with Stripe's publishable key, and the clinic's currency.");
}
