namespace Clinic.Wallet.Adapters.Payments;

internal sealed record GatewayCustomerRequest(string? Email, string? Name, string Reference);

/// <summary>
/// A card being saved (Stripe: seti_…). <c>ClientSecret</c> lets the browser confirm this setup and nothing else;
/// <c>PaymentMethodId</c> is the saved card once it succeeded.
/// </summary>
internal sealed record GatewaySetup(string Id, string ClientSecret, GatewaySetupStatus Status, string? PaymentMethodId, GatewayFailure? Failure);

internal enum GatewaySetupStatus
{
    RequiresPaymentMethod,
    RequiresAction,
    Processing,
    Succeeded,
    Canceled,
}

internal sealed record GatewayCard(string PaymentMethodId, string Brand, string Last4, int ExpMonth, int ExpYear);

/// <summary>
/// What to ask of the processor. <c>Customer</c> and <c>PaymentMethodId</c> name a saved card (null for a payment the
/// patient completes in the browser); <c>Description</c> shows on the clinic's processor dashboard (never card data);
/// <c>Reference</c> is ours, stored as metadata so the processor's records lead back to us.
/// </summary>
internal sealed record GatewayPaymentRequest(
    long AmountMinor, string Currency, string? Customer, string? PaymentMethodId, string Description, string Reference);

/// <summary>A payment as the processor sees it: <c>AmountCapturable</c> is what an authorization still holds, <c>AmountReceived</c> what was taken.</summary>
internal sealed record GatewayPayment(
    string Id,
    GatewayPaymentStatus Status,
    long AmountMinor,
    string Currency,
    long AmountCapturable,
    long AmountReceived,
    string? PaymentMethodId,
    string? ClientSecret,
    GatewayFailure? Failure);

internal enum GatewayPaymentStatus
{
    RequiresPaymentMethod,
    RequiresConfirmation,
    RequiresAction,
    Processing,
    RequiresCapture,
    Succeeded,
    Canceled,
}

/// <summary>Why the bank or the processor said no. <see cref="Reason"/> is one of <see cref="DeclineReasons"/>; the SPA words it per language.</summary>
internal sealed record GatewayFailure(string Reason, string Message);

internal sealed record GatewayRefund(string Id, long AmountMinor, bool Succeeded, string? FailureMessage);

/// <summary>The machine-readable reasons the SPA and emails translate; anything else the bank says becomes <see cref="Declined"/>.</summary>
internal static class DeclineReasons
{
    public const string Declined = "card_declined";
    public const string InsufficientFunds = "insufficient_funds";
    public const string ExpiredCard = "expired_card";
    public const string IncorrectCvc = "incorrect_cvc";
    public const string AuthenticationRequired = "authentication_required";
    public const string AuthenticationFailed = "authentication_failed";
    public const string ProcessingError = "processing_error";
    public const string NoCardOnFile = "no_card_on_file";

    public static IReadOnlyList<string> All { get; } =
        [Declined, InsufficientFunds, ExpiredCard, IncorrectCvc, AuthenticationRequired, AuthenticationFailed, ProcessingError, NoCardOnFile];

    public static string Normalize(string? code, string? declineCode) => (declineCode ?? code) switch
    {
        "insufficient_funds" => InsufficientFunds,
        "expired_card" => ExpiredCard,
        "incorrect_cvc" or "invalid_cvc" => IncorrectCvc,
        "authentication_required" => AuthenticationRequired,
        "payment_intent_authentication_failure" or "setup_intent_authentication_failure" or "authentication_failed" => AuthenticationFailed,
        "processing_error" => ProcessingError,
        _ => code switch
        {
            "expired_card" => ExpiredCard,
            "incorrect_cvc" => IncorrectCvc,
            "authentication_required" => AuthenticationRequired,
            "processing_error" => ProcessingError,
            _ => Declined,
        },
    };
}
