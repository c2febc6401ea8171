using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Operations;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Integrations.Contracts;
using Clinic.Integrations.Domain.Webhooks;
using Clinic.Integrations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Integrations.Delivery;

/// <summary>
/// Sends due webhook deliveries. A batch is claimed with one UPDATE carrying a fresh lock token, so several host
/// instances never take the same delivery; a failure schedules a retry with exponential backoff, and after
/// <see cref="WebhookOptions.MaxAttempts"/> the delivery has failed and waits for an Admin. Each attempt also counts
/// for or against its subscription, which is disabled (and its Admins told, through the outbox) when it keeps failing.
/// </summary>
internal sealed class WebhookDeliveryProcessor(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    TimeProvider clock,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDeliveryProcessor> logger)
{
    public const string HttpClientName = "webhooks";
    private const int MaxResponseExcerpt = 300;

    /// <summary>Sends up to one batch; returns how many deliveries it handled.</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<WebhookSecrets>();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();

        var due = db.WebhookDeliveries
            .Where(d => ((d.Status == WebhookDeliveryStatus.Pending || d.Status == WebhookDeliveryStatus.Retrying) && d.NextAttemptAt <= now)
                        || (d.Status == WebhookDeliveryStatus.Sending && d.LockedUntil < now))
            .OrderBy(d => d.NextAttemptAt)
            .Take(settings.BatchSize)
            .Select(d => d.Id);

        // The outer predicate is evaluated again on each row being updated, so a delivery another instance claimed in
        // the meantime is skipped rather than sent twice.
        var claimed = await db.WebhookDeliveries
            .Where(d => due.Contains(d.Id)
                        && (((d.Status == WebhookDeliveryStatus.Pending || d.Status == WebhookDeliveryStatus.Retrying) && d.NextAttemptAt <= now)
                            || (d.Status == WebhookDeliveryStatus.Sending && d.LockedUntil < now)))
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, WebhookDeliveryStatus.Sending)
                .SetProperty(d => d.LockToken, token)
                .SetProperty(d => d.LockedUntil, now + settings.LeaseDuration), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        var deliveries = await db.WebhookDeliveries.Where(d => d.LockToken == token).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
        foreach (var delivery in deliveries)
        {
            var subscription = await db.WebhookSubscriptions.SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
            await DeliverAsync(db, secrets, subscription, delivery, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogWarning("Webhook delivery {DeliveryId} was re-claimed by another instance before its outcome was recorded", delivery.Id);
                db.ChangeTracker.Clear();
            }
        }

        return deliveries.Count;
    }

    private async Task DeliverAsync(IntegrationsDbContext db, WebhookSecrets secrets, WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!subscription.IsEnabled)
        {
            delivery.Cancel("The subscription is disabled.");
            return;
        }

        using var activity = ClinicTelemetry.Traces.StartActivity($"webhook send {delivery.EventType}", ActivityKind.Producer);
        activity?.SetTag("clinic.webhook.delivery.id", delivery.MessageId);
        activity?.SetTag("clinic.webhook.subscription.id", subscription.Id);
        activity?.SetTag("clinic.webhook.attempt", delivery.Attempts + 1);

        var now = clock.GetUtcNow();
        int? status = null;
        string? error;
        try
        {
            var timestamp = now.ToUnixTimeSeconds();
            var signature = WebhookSignature.Sign(delivery.MessageId, timestamp, delivery.Payload, subscription.SigningSecrets(now).Select(secrets.Unprotect));
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("webhook-id", delivery.MessageId);
            request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("webhook-signature", signature);
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Clinic-Webhooks", "1.0"));

            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.MarkDelivered(status.Value, clock.GetUtcNow());
                subscription.RecordSuccess(clock.GetUtcNow());
                logger.LogInformation("Webhook {MessageId} ({EventType}) delivered to subscription {SubscriptionId}", delivery.MessageId, delivery.EventType, subscription.Id);
                return;
            }

            error = $"HTTP {status}{await ExcerptAsync(response, cancellationToken)}";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            error = Describe(ex);
        }

        activity?.SetStatus(ActivityStatusCode.Error, error);
        var failedAt = clock.GetUtcNow();
        delivery.RecordFailure(status, error, settings.MaxAttempts, ExponentialBackoff.Delay(delivery.Attempts + 1, settings.BaseRetryDelay, settings.MaxRetryDelay), failedAt);
        logger.LogWarning("Webhook {MessageId} ({EventType}) to subscription {SubscriptionId} failed on attempt {Attempts}: {Error}",
            delivery.MessageId, delivery.EventType, subscription.Id, delivery.Attempts, error);
        if (subscription.RecordFailure(error, settings.DisableAfterFailedAttempts, failedAt))
        {
            await CancelWaitingDeliveriesAsync(db, subscription.Id, delivery.Id, cancellationToken);
            db.Publish(new WebhookSubscriptionDisabled(subscription.Id, subscription.Name, subscription.Url, subscription.ConsecutiveFailures,
                subscription.FailingSince ?? failedAt, error) { OccurredAt = failedAt });
            logger.LogError("Webhook subscription {SubscriptionId} ({Url}) disabled after {Failures} failed attempts in a row", subscription.Id, subscription.Url, subscription.ConsecutiveFailures);
        }
    }

    /// <summary>What the subscription had waiting will not go out while it is off; an Admin may redeliver any of it.</summary>
    private static async Task CancelWaitingDeliveriesAsync(IntegrationsDbContext db, Guid subscriptionId, Guid current, CancellationToken cancellationToken)
    {
        var waiting = await db.WebhookDeliveries
            .Where(d => d.SubscriptionId == subscriptionId && d.Id != current
                        && (d.Status == WebhookDeliveryStatus.Pending || d.Status == WebhookDeliveryStatus.Retrying))
            .ToListAsync(cancellationToken);
        foreach (var delivery in waiting)
        {
            delivery.Cancel("The subscription was disabled after repeated failures.");
        }
    }

    private static string Describe(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is WebhookTargetRefusedException refused)
            {
                return $"Refused: {refused.Message}";
            }
        }

        return ex switch
        {
            TaskCanceledException => "No answer within the time limit.",
            HttpRequestException http => $"Connection failed: {http.InnerException?.Message ?? http.Message}",
            _ => $"{ex.GetType().Name}: {ex.Message}",
        };
    }

    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            return body.Length == 0 ? "" : $": {(body.Length <= MaxResponseExcerpt ? body : body[..MaxResponseExcerpt])}";
        }
        catch (HttpRequestException)
        {
            return "";
        }
    }
}
