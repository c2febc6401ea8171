using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Integrations.Delivery;
using Clinic.Integrations.Features.Deliveries.ListWebhookDeliveries;
using Clinic.Integrations.Features.Subscriptions.CreateWebhookSubscription;
using Clinic.Integrations.Persistence;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Integrations;

/// <summary>Driving webhooks by hand in a host whose background workers are off.</summary>
internal static class WebhookHost
{
    /// <summary>A host that may send webhooks to the test's local receiver (plain HTTP on loopback).</summary>
    public static ClinicApiFactory AllowingLocalReceivers(this ClinicApiFactory factory) =>
        factory.WithoutBackgroundWorkers().With("Integrations:Webhooks:AllowUnsafeTargets", "true");

    public static async Task<CreatedWebhookSubscription> SubscribeAsync(this HttpClient admin, string url, params string[] eventTypes) =>
        await (await admin.PostAsJsonAsync("/api/admin/webhooks/subscriptions", new CreateWebhookSubscription("CRM de marketing", url, eventTypes)))
            .ShouldBeJsonAsync<CreatedWebhookSubscription>(HttpStatusCode.Created);

    /// <summary>Runs the webhook sender until nothing more is due at the host's current time.</summary>
    public static async Task<int> SendDueWebhooksAsync(this ClinicApiFactory factory)
    {
        var processor = factory.Services.GetRequiredService<WebhookDeliveryProcessor>();
        var total = 0;
        for (var handled = await processor.ProcessBatchAsync(CancellationToken.None); handled > 0; handled = await processor.ProcessBatchAsync(CancellationToken.None))
        {
            total += handled;
        }

        return total;
    }

    /// <summary>Hands an event to its consumers exactly as the outbox dispatcher does.</summary>
    public static async Task PublishEventAsync(this ClinicApiFactory factory, IIntegrationEvent integrationEvent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IIntegrationEventPublisher>().PublishAsync(integrationEvent, CancellationToken.None);
    }

    public static Task DispatchIntegrationsOutboxAsync(this ClinicApiFactory factory) =>
        factory.Services.GetRequiredService<OutboxProcessor<IntegrationsDbContext>>().ProcessBatchAsync(CancellationToken.None);

    public static async Task<WebhookDeliveryPage> DeliveriesAsync(this HttpClient admin, string query = "") =>
        await (await admin.GetAsync($"/api/admin/webhooks/deliveries{query}")).ShouldBeJsonAsync<WebhookDeliveryPage>();
}
