using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Domain.Webhooks;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;

namespace Clinic.Wallet.Features.Webhooks.ReceiveStripeWebhook;

/// <summary>
/// Verifies the signature (with Stripe's tolerance, against the clinic's clock, so an old replayed request is
/// refused), stores the event id once, and queues the event on Wallet's own outbox in the same transaction: the
/// answer to Stripe is quick, and the work is retried like any event until it succeeds.
/// </summary>
internal sealed class ReceiveStripeWebhookHandler(
    WalletDbContext db, IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<ReceiveStripeWebhookHandler> logger)
    : IRequestHandler<ReceiveStripeWebhook, WebhookReceipt>
{
    public async ValueTask<WebhookReceipt> Handle(ReceiveStripeWebhook request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Gateway != PaymentGatewayKind.Stripe || string.IsNullOrWhiteSpace(settings.Stripe.WebhookSecret))
        {
            throw new NotFoundException("Webhook endpoint", "stripe");
        }

        var now = clock.GetUtcNow();
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(request.Payload, request.Signature ?? "", settings.Stripe.WebhookSecret,
                (long)settings.Stripe.WebhookTolerance.TotalSeconds, now.ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            logger.LogWarning("Refused a Stripe webhook: {Reason}", ex.Message);
            return new WebhookReceipt(null, Duplicate: false, Refusal: "The webhook signature is missing, wrong or too old.");
        }

        if (await db.ReceivedWebhooks.AnyAsync(w => w.EventId == stripeEvent.Id, cancellationToken))
        {
            return new WebhookReceipt(stripeEvent.Id, Duplicate: true);
        }

        db.ReceivedWebhooks.Add(ReceivedWebhook.Accept(stripeEvent.Id, stripeEvent.Type, now));
        db.Publish(new PaymentGatewayEventReceived("Stripe", stripeEvent.Id, stripeEvent.Type, PaymentIdOf(stripeEvent)) { OccurredAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            // Stripe delivered the same event twice at once; the other request stored it.
            return new WebhookReceipt(stripeEvent.Id, Duplicate: true);
        }

        return new WebhookReceipt(stripeEvent.Id, Duplicate: false);
    }

    private static string? PaymentIdOf(Event stripeEvent) => stripeEvent.Data?.Object switch
    {
        PaymentIntent intent => intent.Id,
        Charge charge => charge.PaymentIntentId,
        Refund refund => refund.PaymentIntentId,
        _ => null,
    };
}
