using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;

namespace Clinic.Wallet.Adapters.Payments.Stripe;

/// <summary>
/// The production gateway, on Stripe.net. Card details never pass through here: the browser hands them to
/// Stripe.js, and we only see ids (cus_, seti_, pm_, pi_, re_) and a card's brand, last four and expiry.
/// A decline or an authentication request comes back from Stripe as a 402 card error carrying the payment;
/// it is turned into an answer. Network and server errors become <see cref="PaymentGatewayUnavailableException"/>.
/// </summary>
internal sealed class StripePaymentGateway(IHttpClientFactory httpClients, IOptions<PaymentsOptions> options, ILogger<StripePaymentGateway> logger)
    : IPaymentGateway
{
    public const string HttpClientName = "stripe";

    private readonly Lazy<StripeClient> client = new(() =>
    {
        var stripe = options.Value.Stripe;
        // Retries stay ours (the outbox and the payment worker retry with the same idempotency key); Stripe.net's
        // own would hide slowness behind a request the caller already gave up on.
        var http = new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), maxNetworkRetries: 0, appInfo: null, enableTelemetry: false);
        return new StripeClient(stripe.SecretKey!, httpClient: http, apiBase: stripe.ApiBase.TrimEnd('/'));
    });

    public string Name => "Stripe";

    public string? PublishableKey => options.Value.Stripe.PublishableKey;

    public Task<string> CreateCustomerAsync(GatewayCustomerRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync("create a customer", async () =>
        {
            var customer = await new CustomerService(client.Value).CreateAsync(
                new CustomerCreateOptions
                {
                    Email = request.Email,
                    Name = request.Name,
                    Metadata = new Dictionary<string, string> { ["clinic_reference"] = request.Reference },
                },
                Idempotent(idempotencyKey), cancellationToken);
            return customer.Id;
        });

    public Task<GatewaySetup> CreateSetupAsync(string customerId, string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync("create a setup intent", async () => ToSetup(await new SetupIntentService(client.Value).CreateAsync(
            new SetupIntentCreateOptions
            {
                Customer = customerId,
                Usage = "off_session",
                AllowedPaymentMethodTypes = ["card"],
            },
            Idempotent(idempotencyKey), cancellationToken)));

    public Task<GatewaySetup> GetSetupAsync(string setupId, CancellationToken cancellationToken) =>
        CallAsync("read a setup intent", async () => ToSetup(await new SetupIntentService(client.Value).GetAsync(setupId, cancellationToken: cancellationToken)));

    public Task<GatewayCard> GetCardAsync(string paymentMethodId, CancellationToken cancellationToken) =>
        CallAsync("read a card", async () =>
        {
            var method = await new PaymentMethodService(client.Value).GetAsync(paymentMethodId, cancellationToken: cancellationToken);
            var card = method.Card ?? throw new PaymentGatewayUnavailableException($"Payment method {paymentMethodId} is not a card.");
            return new GatewayCard(method.Id, card.Brand, card.Last4, (int)card.ExpMonth, (int)card.ExpYear);
        });

    public Task DetachCardAsync(string paymentMethodId, string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync("detach a card", async () =>
        {
            try
            {
                await new PaymentMethodService(client.Value).DetachAsync(paymentMethodId, options: null, Idempotent(idempotencyKey), cancellationToken);
            }
            catch (StripeException ex) when (ex.HttpStatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound)
            {
                // Already detached (or removed at Stripe): the card is gone either way, which is what was asked.
                logger.LogInformation("Stripe says payment method {PaymentMethod} is not attached: {Message}", paymentMethodId, ex.StripeError?.Message);
            }

            return true;
        });

    public Task<GatewayPayment> AuthorizeAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        PaymentCallAsync("authorize a payment", () => new PaymentIntentService(client.Value).CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = request.AmountMinor,
                Currency = request.Currency.ToLowerInvariant(),
                Customer = request.Customer,
                PaymentMethod = request.PaymentMethodId,
                AllowedPaymentMethodTypes = ["card"],
                CaptureMethod = "manual",
                Confirm = true,
                Description = request.Description,
                Metadata = Metadata(request),
            },
            Idempotent(idempotencyKey), cancellationToken));

    public Task<GatewayPayment> ChargeOffSessionAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        PaymentCallAsync("charge a saved card", () => new PaymentIntentService(client.Value).CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = request.AmountMinor,
                Currency = request.Currency.ToLowerInvariant(),
                Customer = request.Customer,
                PaymentMethod = request.PaymentMethodId,
                AllowedPaymentMethodTypes = ["card"],
                CaptureMethod = "automatic",
                OffSession = true,
                Confirm = true,
                Description = request.Description,
                Metadata = Metadata(request),
            },
            Idempotent(idempotencyKey), cancellationToken));

    public Task<GatewayPayment> RetryOffSessionAsync(string paymentId, string paymentMethodId, string idempotencyKey, CancellationToken cancellationToken) =>
        PaymentCallAsync("retry a charge", () => new PaymentIntentService(client.Value).ConfirmAsync(
            paymentId,
            new PaymentIntentConfirmOptions { PaymentMethod = paymentMethodId, OffSession = true },
            Idempotent(idempotencyKey), cancellationToken));

    public Task<GatewayPayment> CreatePayableAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        PaymentCallAsync("create a payment", () => new PaymentIntentService(client.Value).CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = request.AmountMinor,
                Currency = request.Currency.ToLowerInvariant(),
                Customer = request.Customer,
                AllowedPaymentMethodTypes = ["card"],
                CaptureMethod = "automatic",
                Description = request.Description,
                Metadata = Metadata(request),
            },
            Idempotent(idempotencyKey), cancellationToken));

    public Task<GatewayPayment> CaptureAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken) =>
        PaymentCallAsync("capture a payment", () => new PaymentIntentService(client.Value).CaptureAsync(
            paymentId, new PaymentIntentCaptureOptions { AmountToCapture = amountMinor }, Idempotent(idempotencyKey), cancellationToken));

    public Task<GatewayPayment> CancelAsync(string paymentId, string idempotencyKey, CancellationToken cancellationToken) =>
        PaymentCallAsync("release an authorization", () => new PaymentIntentService(client.Value).CancelAsync(
            paymentId, new PaymentIntentCancelOptions { CancellationReason = "abandoned" }, Idempotent(idempotencyKey), cancellationToken));

    public Task<GatewayPayment> GetPaymentAsync(string paymentId, CancellationToken cancellationToken) =>
        PaymentCallAsync("read a payment", () => new PaymentIntentService(client.Value).GetAsync(paymentId, cancellationToken: cancellationToken));

    public Task<GatewayRefund> RefundAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync("refund a payment", async () =>
        {
            var refund = await new RefundService(client.Value).CreateAsync(
                new RefundCreateOptions { PaymentIntent = paymentId, Amount = amountMinor },
                Idempotent(idempotencyKey), cancellationToken);
            return new GatewayRefund(refund.Id, refund.Amount, refund.Status is "succeeded" or "pending", refund.Status is "failed" or "canceled" ? refund.FailureReason : null);
        });

    private static RequestOptions Idempotent(string key) => new() { IdempotencyKey = key };

    private static Dictionary<string, string> Metadata(GatewayPaymentRequest request) => new() { ["clinic_reference"] = request.Reference };

    /// <summary>A payment call whose card errors are answers: Stripe includes the payment in a 402's error body.</summary>
    private Task<GatewayPayment> PaymentCallAsync(string what, Func<Task<PaymentIntent>> call) => CallAsync(what, async () =>
    {
        try
        {
            return ToPayment(await call(), failure: null);
        }
        catch (StripeException ex) when (ex.StripeError is { Type: "card_error" } error)
        {
            var failure = new GatewayFailure(DeclineReasons.Normalize(error.Code, error.DeclineCode), error.Message ?? "The card was declined.");
            if (error.PaymentIntent is { } intent)
            {
                return ToPayment(intent, failure);
            }

            throw new PaymentGatewayUnavailableException($"Stripe declined but named no payment: {error.Message}", ex);
        }
    });

    private async Task<T> CallAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException ex) when (ex.StripeError?.Type is not "card_error")
        {
            // Only Stripe's own message and request id are logged: nothing card-related reaches our logs.
            logger.LogWarning("Stripe refused to {What}: {Status} {Type} {Code} {Message}", what, (int)ex.HttpStatusCode, ex.StripeError?.Type, ex.StripeError?.Code, ex.StripeError?.Message);
            throw new PaymentGatewayUnavailableException($"Stripe could not {what}: {ex.StripeError?.Message ?? ex.Message}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new PaymentGatewayUnavailableException($"Stripe could not be reached to {what}.", ex);
        }
        catch (TaskCanceledException ex)
        {
            throw new PaymentGatewayUnavailableException($"Stripe did not answer in time to {what}.", ex);
        }
    }

    private static GatewaySetup ToSetup(SetupIntent intent) => new(
        intent.Id,
        intent.ClientSecret,
        intent.Status switch
        {
            "succeeded" => GatewaySetupStatus.Succeeded,
            "requires_action" => GatewaySetupStatus.RequiresAction,
            "processing" => GatewaySetupStatus.Processing,
            "canceled" => GatewaySetupStatus.Canceled,
            _ => GatewaySetupStatus.RequiresPaymentMethod,
        },
        intent.PaymentMethodId,
        intent.LastSetupError is { } error ? new GatewayFailure(DeclineReasons.Normalize(error.Code, error.DeclineCode), error.Message ?? "The card was declined.") : null);

    private static GatewayPayment ToPayment(PaymentIntent intent, GatewayFailure? failure)
    {
        var lastError = intent.LastPaymentError is { } error
            ? new GatewayFailure(DeclineReasons.Normalize(error.Code, error.DeclineCode), error.Message ?? "The card was declined.")
            : null;
        var status = intent.Status switch
        {
            "requires_confirmation" => GatewayPaymentStatus.RequiresConfirmation,
            "requires_action" => GatewayPaymentStatus.RequiresAction,
            "processing" => GatewayPaymentStatus.Processing,
            "requires_capture" => GatewayPaymentStatus.RequiresCapture,
            "succeeded" => GatewayPaymentStatus.Succeeded,
            "canceled" => GatewayPaymentStatus.Canceled,
            _ => GatewayPaymentStatus.RequiresPaymentMethod,
        };
        return new GatewayPayment(intent.Id, status, intent.Amount, intent.Currency.ToUpperInvariant(), intent.AmountCapturable, intent.AmountReceived,
            intent.PaymentMethodId, intent.ClientSecret, failure ?? (status == GatewayPaymentStatus.RequiresPaymentMethod ? lastError : null));
    }
}
