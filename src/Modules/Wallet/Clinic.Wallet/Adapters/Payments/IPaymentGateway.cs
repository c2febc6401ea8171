namespace Clinic.Wallet.Adapters.Payments;

/// <summary>
/// Wallet's only door to a card processor (Stripe in production, the development gateway
/// offline). Every call that moves or reserves money takes an idempotency key derived from what the money is
/// for (<c>deposit:{holdKey}</c>, <c>latefee:{appointment}</c>…), so a retried call can never act twice.
/// Declines and authentication requests are answers (<see cref="GatewayPayment.Failure"/>), not exceptions;
/// <see cref="PaymentGatewayUnavailableException"/> means "try again later".
/// </summary>
internal interface IPaymentGateway
{
    /// <summary>"Stripe" or "Development": tells the SPA which card form to show.</summary>
    string Name { get; }

    /// <summary>What the browser needs to talk to the processor itself (Stripe's publishable key); null for the development gateway.</summary>
    string? PublishableKey { get; }

    Task<string> CreateCustomerAsync(GatewayCustomerRequest request, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>A SetupIntent for off-session use: the browser confirms it (3-D Secure when the bank asks) and the card is saved.</summary>
    Task<GatewaySetup> CreateSetupAsync(string customerId, string idempotencyKey, CancellationToken cancellationToken);

    Task<GatewaySetup> GetSetupAsync(string setupId, CancellationToken cancellationToken);

    /// <summary>Brand, last four digits and expiry of a saved card: all we ever keep of it.</summary>
    Task<GatewayCard> GetCardAsync(string paymentMethodId, CancellationToken cancellationToken);

    Task DetachCardAsync(string paymentMethodId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>An authorization only (manual capture) confirmed with the patient present: a deposit or the card check.</summary>
    Task<GatewayPayment> AuthorizeAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>A charge with the patient absent (a fee), captured at once.</summary>
    Task<GatewayPayment> ChargeOffSessionAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Tries an unpaid charge again with the patient absent (a retry after a decline).</summary>
    Task<GatewayPayment> RetryOffSessionAsync(string paymentId, string paymentMethodId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>An unconfirmed payment the patient will pay in the browser (the pay link, when no card on file could be charged).</summary>
    Task<GatewayPayment> CreatePayableAsync(GatewayPaymentRequest request, string idempotencyKey, CancellationToken cancellationToken);

    Task<GatewayPayment> CaptureAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Releases an authorization: the hold disappears from the patient's card.</summary>
    Task<GatewayPayment> CancelAsync(string paymentId, string idempotencyKey, CancellationToken cancellationToken);

    Task<GatewayPayment> GetPaymentAsync(string paymentId, CancellationToken cancellationToken);

    Task<GatewayRefund> RefundAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken);
}
