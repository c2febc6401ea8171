namespace Clinic.Wallet;

/// <summary>Configuration section "Wallet:Payments": which card processor, its keys, and the payment timings.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Wallet:Payments";

    /// <summary><c>Development</c> (offline test cards; refused in Production) or <c>Stripe</c>.</summary>
    public PaymentGatewayKind Gateway { get; set; } = PaymentGatewayKind.Development;

    public StripeOptions Stripe { get; set; } = new();

    /// <summary>The card check held and released at booking (OB9), in the clinic's currency's minor unit.</summary>
    public long CardCheckAmountMinor { get; set; } = 50;

    /// <summary>How long past a hold's expiry an authorization that no booking claimed is kept before it is released.</summary>
    public TimeSpan AuthorizationGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>When an off-session fee the bank declined is tried again (after the first attempt).</summary>
    public TimeSpan[] FeeRetryDelays { get; set; } = [TimeSpan.FromDays(1), TimeSpan.FromDays(3)];

    /// <summary>How often the payment worker looks for due work when nothing wakes it sooner.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed payment operation is reserved for the instance performing it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many unreachable-gateway failures an operation stops and is shown to staff.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Off in tests that drive the payment worker by hand.</summary>
    public bool RunWorker { get; set; } = true;
}

public enum PaymentGatewayKind
{
    Development,
    Stripe,
}

/// <summary>Configuration section "Wallet:Payments:Stripe". Keys come from a secret store, never the repository.</summary>
public sealed class StripeOptions
{
    /// <summary>sk_live_… / sk_test_…: server-side only.</summary>
    public string? SecretKey { get; set; }

    /// <summary>pk_live_… / pk_test_…: served to the SPA for Stripe.js.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>whsec_…: verifies that webhook calls come from Stripe.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Stripe's API address; tests point it at a local listener.</summary>
    public string ApiBase { get; set; } = "https://api.stripe.com";

    /// <summary>How old a signed webhook may be before it is refused as a replay.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
