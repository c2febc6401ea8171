using System.Collections.Concurrent;
using System.Security.Cryptography;
using Clinic.BuildingBlocks.Adapters;
using Clinic.BuildingBlocks.Errors;

namespace Clinic.Wallet.Adapters.Payments.Development;

/// <summary>
/// A card processor that needs no network, for development, demos and tests: it behaves like Stripe for the
/// test cards in <see cref="DevelopmentCardScenario"/> (including a simulated 3-D Secure challenge the SPA
/// shows), and honours idempotency keys the way Stripe does. Saved cards carry their behaviour in their id, so
/// they keep working after a restart; payments in progress live in memory. Production refuses to start on it.
/// </summary>
internal sealed class DevelopmentPaymentGateway : IPaymentGateway, IDevelopmentAdapter
{
    private readonly ConcurrentDictionary<string, object> idempotent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SetupState> setups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PaymentState> payments = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public string Name => "Development";

    public string? PublishableKey => null;

    public Task<string> CreateCustomerAsync(GatewayCustomerRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () => "cus_dev_" + RandomId()));

    public Task<GatewaySetup> CreateSetupAsync(string customerId, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () =>
        {
            var id = "seti_dev_" + RandomId();
            var setup = new SetupState(id, $"{id}_secret_{RandomId()}", customerId);
            setups[id] = setup;
            return setup;
        }).ToGateway());

    public Task<GatewaySetup> GetSetupAsync(string setupId, CancellationToken cancellationToken) =>
        Task.FromResult(Setup(setupId).ToGateway());

    public Task<GatewayCard> GetCardAsync(string paymentMethodId, CancellationToken cancellationToken) =>
        Task.FromResult(DevelopmentPaymentMethod.Parse(paymentMethodId)?.ToCard()
                        ?? throw new PaymentGatewayUnavailableException($"No such development payment method: {paymentMethodId}"));

    public Task DetachCardAsync(string paymentMethodId, string idempotencyKey, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<GatewayPayment> AuthorizeAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () =>
        {
            var payment = NewPayment(request, manualCapture: true);
            ConfirmOnSession(payment, Method(request.PaymentMethodId));
            return payment;
        }).ToGateway());

    public Task<GatewayPayment> ChargeOffSessionAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () =>
        {
            var payment = NewPayment(request, manualCapture: false);
            ConfirmOffSession(payment, Method(request.PaymentMethodId));
            return payment;
        }).ToGateway());

    public Task<GatewayPayment> RetryOffSessionAsync(string paymentId, string paymentMethodId, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () =>
        {
            var payment = Payment(paymentId);
            lock (gate)
            {
                if (payment.Status is not (GatewayPaymentStatus.Succeeded or GatewayPaymentStatus.Canceled))
                {
                    ConfirmOffSession(payment, Method(paymentMethodId));
                }
            }

            return payment;
        }).ToGateway());

    public Task<GatewayPayment> CreatePayableAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () => NewPayment(request, manualCapture: false)).ToGateway());

    public Task<GatewayPayment> CaptureAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () =>
        {
            var payment = Payment(paymentId);
            lock (gate)
            {
                if (payment.Status != GatewayPaymentStatus.RequiresCapture || amountMinor > payment.AmountCapturable)
                {
                    throw new PaymentGatewayUnavailableException($"Payment {paymentId} cannot be captured ({payment.Status}).");
                }

                payment.AmountReceived = amountMinor;
                payment.AmountCapturable = 0;
                payment.Status = GatewayPaymentStatus.Succeeded;
            }

            return payment;
        }).ToGateway());

    public Task<GatewayPayment> CancelAsync(string paymentId, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () =>
        {
            var payment = Payment(paymentId);
            lock (gate)
            {
                if (payment.Status == GatewayPaymentStatus.Succeeded)
                {
                    throw new PaymentGatewayUnavailableException($"Payment {paymentId} already succeeded and cannot be cancelled.");
                }

                payment.AmountCapturable = 0;
                payment.Status = GatewayPaymentStatus.Canceled;
            }

            return payment;
        }).ToGateway());

    public Task<GatewayPayment> GetPaymentAsync(string paymentId, CancellationToken cancellationToken) =>
        Task.FromResult(Payment(paymentId).ToGateway());

    public Task<GatewayRefund> RefundAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Once(idempotencyKey, () =>
        {
            lock (gate)
            {
                if (payments.TryGetValue(paymentId, out var payment))
                {
                    if (payment.AmountReceived - payment.AmountRefunded < amountMinor)
                    {
                        return new GatewayRefund("re_dev_" + RandomId(), amountMinor, false, "The refund is larger than what is left of the payment.");
                    }

                    payment.AmountRefunded += amountMinor;
                }

                // A payment taken before a restart is unknown here; the wallet has already checked the amount.
                return new GatewayRefund("re_dev_" + RandomId(), amountMinor, true, null);
            }
        }));

    /// <summary>What Stripe.js does when the patient submits the card form: the development form's test card confirms the setup.</summary>
    public GatewaySetup ConfirmSetup(string setupId, string clientSecret, DevelopmentCard card)
    {
        var setup = SetupWithSecret(setupId, clientSecret);
        lock (gate)
        {
            if (setup.Status == GatewaySetupStatus.Succeeded)
            {
                return setup.ToGateway();
            }

            var method = DevelopmentPaymentMethod.Create(card);
            setup.Failure = null;
            switch (card.Scenario)
            {
                case DevelopmentCardScenario.Decline:
                    setup.Status = GatewaySetupStatus.RequiresPaymentMethod;
                    setup.Failure = new GatewayFailure(DeclineReasons.Declined, "Your card was declined.");
                    break;
                case DevelopmentCardScenario.AuthenticationRequired:
                    setup.Status = GatewaySetupStatus.RequiresAction;
                    setup.PendingMethod = method.Id;
                    break;
                default:
                    setup.Status = GatewaySetupStatus.Succeeded;
                    setup.PaymentMethodId = method.Id;
                    break;
            }

            return setup.ToGateway();
        }
    }

    /// <summary>The patient pays in the browser (a pay link, or a payment the bank wants authenticated): with a new test card, or the saved one.</summary>
    public GatewayPayment ConfirmPayment(string paymentId, string clientSecret, DevelopmentCard? card)
    {
        var payment = PaymentWithSecret(paymentId, clientSecret);
        lock (gate)
        {
            if (payment.Status is GatewayPaymentStatus.Succeeded or GatewayPaymentStatus.RequiresCapture or GatewayPaymentStatus.Canceled)
            {
                return payment.ToGateway();
            }

            var method = card is null ? Method(payment.PaymentMethodId) : DevelopmentPaymentMethod.Create(card);
            ConfirmOnSession(payment, method);
            return payment.ToGateway();
        }
    }

    /// <summary>The simulated bank challenge: the patient approves or fails it.</summary>
    public GatewaySetup AuthenticateSetup(string setupId, string clientSecret, bool approve)
    {
        var setup = SetupWithSecret(setupId, clientSecret);
        lock (gate)
        {
            if (setup.Status != GatewaySetupStatus.RequiresAction)
            {
                return setup.ToGateway();
            }

            setup.Status = approve ? GatewaySetupStatus.Succeeded : GatewaySetupStatus.RequiresPaymentMethod;
            setup.PaymentMethodId = approve ? setup.PendingMethod : null;
            setup.Failure = approve ? null : new GatewayFailure(DeclineReasons.AuthenticationFailed, "We are unable to authenticate your payment method.");
            setup.PendingMethod = null;
            return setup.ToGateway();
        }
    }

    public GatewayPayment AuthenticatePayment(string paymentId, string clientSecret, bool approve)
    {
        var payment = PaymentWithSecret(paymentId, clientSecret);
        lock (gate)
        {
            if (payment.Status != GatewayPaymentStatus.RequiresAction)
            {
                return payment.ToGateway();
            }

            if (!approve)
            {
                payment.Status = GatewayPaymentStatus.RequiresPaymentMethod;
                payment.Failure = new GatewayFailure(DeclineReasons.AuthenticationFailed, "We are unable to authenticate your payment method.");
                return payment.ToGateway();
            }

            payment.Failure = null;
            Settle(payment);
            return payment.ToGateway();
        }
    }

    private static void ConfirmOnSession(PaymentState payment, DevelopmentPaymentMethod method)
    {
        payment.PaymentMethodId = method.Id;
        payment.Failure = null;
        switch (method.Scenario)
        {
            case DevelopmentCardScenario.Decline:
                Decline(payment, DeclineReasons.Declined, "Your card was declined.");
                break;
            case DevelopmentCardScenario.InsufficientFunds:
                Decline(payment, DeclineReasons.InsufficientFunds, "Your card has insufficient funds.");
                break;
            case DevelopmentCardScenario.AuthenticationRequired:
                payment.Status = GatewayPaymentStatus.RequiresAction;
                break;
            default:
                Settle(payment);
                break;
        }
    }

    private static void ConfirmOffSession(PaymentState payment, DevelopmentPaymentMethod method)
    {
        payment.PaymentMethodId = method.Id;
        payment.Failure = null;
        switch (method.Scenario)
        {
            case DevelopmentCardScenario.Decline:
                Decline(payment, DeclineReasons.Declined, "Your card was declined.");
                break;
            case DevelopmentCardScenario.InsufficientFunds:
                Decline(payment, DeclineReasons.InsufficientFunds, "Your card has insufficient funds.");
                break;
            case DevelopmentCardScenario.AuthenticationRequired:
                Decline(payment, DeclineReasons.AuthenticationRequired, "Your card was declined. This transaction requires authentication.");
                break;
            default:
                Settle(payment);
                break;
        }
    }

    private static void Settle(PaymentState payment)
    {
        if (payment.ManualCapture)
        {
            payment.Status = GatewayPaymentStatus.RequiresCapture;
            payment.AmountCapturable = payment.AmountMinor;
        }
        else
        {
            payment.Status = GatewayPaymentStatus.Succeeded;
            payment.AmountReceived = payment.AmountMinor;
        }
    }

    private static void Decline(PaymentState payment, string reason, string message)
    {
        payment.Status = GatewayPaymentStatus.RequiresPaymentMethod;
        payment.Failure = new GatewayFailure(reason, message);
    }

    private PaymentState NewPayment(GatewayPaymentRequest request, bool manualCapture)
    {
        var id = "pi_dev_" + RandomId();
        var payment = new PaymentState(id, $"{id}_secret_{RandomId()}", request.AmountMinor, request.Currency.ToUpperInvariant(), manualCapture);
        payments[id] = payment;
        return payment;
    }

    /// <summary>Like Stripe: the first answer for a key is the answer for every repeat of it.</summary>
    private T Once<T>(string idempotencyKey, Func<T> create) where T : notnull
    {
        lock (gate)
        {
            if (idempotent.TryGetValue(idempotencyKey, out var earlier))
            {
                return (T)earlier;
            }

            var result = create();
            idempotent[idempotencyKey] = result;
            return result;
        }
    }

    private static DevelopmentPaymentMethod Method(string? paymentMethodId) =>
        DevelopmentPaymentMethod.Parse(paymentMethodId)
        ?? throw new PaymentGatewayUnavailableException($"No such development payment method: {paymentMethodId}");

    private SetupState Setup(string id) => setups.TryGetValue(id, out var setup)
        ? setup
        : throw new PaymentGatewayUnavailableException($"No such development setup: {id} (the development gateway forgets them on restart).");

    private PaymentState Payment(string id) => payments.TryGetValue(id, out var payment)
        ? payment
        : throw new PaymentGatewayUnavailableException($"No such development payment: {id} (the development gateway forgets them on restart).");

    private SetupState SetupWithSecret(string id, string clientSecret) =>
        setups.TryGetValue(id, out var setup) && setup.ClientSecret == clientSecret ? setup : throw new NotFoundException("Setup", id);

    private PaymentState PaymentWithSecret(string id, string clientSecret) =>
        payments.TryGetValue(id, out var payment) && payment.ClientSecret == clientSecret ? payment : throw new NotFoundException("Payment", id);

    private static string RandomId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private sealed class SetupState(string id, string clientSecret, string customer)
    {
        public string Id { get; } = id;

        public string ClientSecret { get; } = clientSecret;

        public string Customer { get; } = customer;

        public GatewaySetupStatus Status { get; set; } = GatewaySetupStatus.RequiresPaymentMethod;

        public string? PaymentMethodId { get; set; }

        public string? PendingMethod { get; set; }

        public GatewayFailure? Failure { get; set; }

        public GatewaySetup ToGateway() => new(Id, ClientSecret, Status, PaymentMethodId, Failure);
    }

    private sealed class PaymentState(string id, string clientSecret, long amountMinor, string currency, bool manualCapture)
    {
        public string Id { get; } = id;

        public string ClientSecret { get; } = clientSecret;

        public long AmountMinor { get; } = amountMinor;

        public string Currency { get; } = currency;

        public bool ManualCapture { get; } = manualCapture;

        public GatewayPaymentStatus Status { get; set; } = GatewayPaymentStatus.RequiresPaymentMethod;

        public long AmountCapturable { get; set; }

        public long AmountReceived { get; set; }

        public long AmountRefunded { get; set; }

        public string? PaymentMethodId { get; set; }

        public GatewayFailure? Failure { get; set; }

        public GatewayPayment ToGateway() =>
            new(Id, Status, AmountMinor, Currency, AmountCapturable, AmountReceived, PaymentMethodId, ClientSecret, Failure);
    }
}
