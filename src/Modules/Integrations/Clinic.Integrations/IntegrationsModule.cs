using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Operations;
using Clinic.Integrations.Contracts;
using Clinic.Integrations.Delivery;
using Clinic.Integrations.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Clinic.Integrations;

/// <summary>
/// Integrations' public face: outbound webhooks. Admins subscribe HTTPS endpoints to the events in the catalog; every
/// integration event the catalog names is queued per subscription, signed (Standard Webhooks) and sent with retries.
/// </summary>
public static class IntegrationsModule
{
    public static ModuleDefinition Definition { get; } = new(
        IntegrationsModuleInfo.Name, typeof(IntegrationsModule).Assembly, typeof(IntegrationsModuleInfo).Assembly, AddServices, MapEndpoints);

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<IntegrationsDbContext, SqliteIntegrationsDbContext, SqlServerIntegrationsDbContext>(configuration, Definition);
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1 && o.DisableAfterFailedAttempts >= 1
                           && o.LeaseDuration > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.Timeout > TimeSpan.Zero && o.LeaseDuration > o.Timeout,
                "Integrations:Webhooks needs MaxAttempts, BatchSize, DisableAfterFailedAttempts, PollInterval and Timeout above zero, and a LeaseDuration longer than the Timeout.")
            .Validate<IHostEnvironment>((o, environment) => !(o.AllowUnsafeTargets && environment.IsProduction()),
                "Integrations:Webhooks:AllowUnsafeTargets lets webhooks reach this machine and private networks; Production refuses it.")
            .ValidateOnStart();

        services.AddSingleton<WebhookHostResolver>();
        services.AddSingleton<WebhookTargetPolicy>();
        services.AddSingleton<WebhookSecrets>();
        services.AddHttpClient(WebhookDeliveryProcessor.HttpClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Every connection goes through the target policy, which resolves and checks the address it connects to.
                ConnectCallback = sp.GetRequiredService<WebhookTargetPolicy>().ConnectAsync,
                // A redirect could lead anywhere; receivers must answer at the subscribed URL.
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.AddSingleton<WebhookDeliveryProcessor>();
        services.AddSingleton<IBacklogSource, WebhookBacklogSource>();
        services.AddBackgroundWorker<WebhookDeliveryWorker>(configuration, $"{WebhookOptions.Section}:{nameof(WebhookOptions.RunSender)}");
    }

    private static void MapEndpoints(IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/api/admin/webhooks").WithTags("Integrations").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Subscriptions.ListWebhookEventTypes.ListWebhookEventTypesEndpoint.Map(webhooks);
        Features.Subscriptions.ListWebhookSubscriptions.ListWebhookSubscriptionsEndpoint.Map(webhooks);
        Features.Subscriptions.CreateWebhookSubscription.CreateWebhookSubscriptionEndpoint.Map(webhooks);
        Features.Subscriptions.RotateWebhookSecret.RotateWebhookSecretEndpoint.Map(webhooks);
        Features.Subscriptions.DisableWebhookSubscription.DisableWebhookSubscriptionEndpoint.Map(webhooks);
        Features.Subscriptions.EnableWebhookSubscription.EnableWebhookSubscriptionEndpoint.Map(webhooks);
        Features.Deliveries.ListWebhookDeliveries.ListWebhookDeliveriesEndpoint.Map(webhooks);
        Features.Deliveries.RedeliverWebhook.RedeliverWebhookEndpoint.Map(webhooks);
    }
}
