using Clinic.Wallet;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Adapters.Payments.Stripe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>
/// The Stripe adapter against a local listener that records what Stripe.net sends and replays recorded Stripe
/// answers: the exact form fields, amounts, currency, customer, off_session, capture_method and idempotency keys,
/// and what a success, a decline and an authentication request turn into.
/// </summary>
public sealed class StripeGatewayContractTests : IDisposable
{
    private const string SecretKey = "sk_test_51QbClinicSecretKey";
    private readonly RecordingStripeApi stripe = new();
    private readonly ServiceProvider services;
    private readonly StripePaymentGateway gateway;

    public StripeGatewayContractTests()
    {
        services = new ServiceCollection().AddHttpClient(StripePaymentGateway.HttpClientName).Services.BuildServiceProvider();
        gateway = new StripePaymentGateway(services.GetRequiredService<IHttpClientFactory>(), Options.Create(new PaymentsOptions
        {
            Gateway = PaymentGatewayKind.Stripe,
            Stripe = new StripeOptions { SecretKey = SecretKey, PublishableKey = "pk_test_51QbClinic", WebhookSecret = "whsec_test", ApiBase = stripe.BaseUrl },
        }), NullLogger<StripePaymentGateway>.Instance);
    }

    public void Dispose()
    {
        stripe.Dispose();
        services.Dispose();
    }

    private static Dictionary<string, string> Intent(string status, long amount, string capture, long capturable = 0, long received = 0) => new()
    {
        ["status"] = status,
        ["amount"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["capture_method"] = capture,
        ["amount_capturable"] = capturable.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["amount_received"] = received.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Given_a_saved_card_When_a_late_fee_is_charged_Then_stripe_gets_an_off_session_automatic_capture_for_the_amount_in_the_currency_keyed_by_the_appointment()
    {
        stripe.Answer("POST", "/v1/payment_intents", "payment_intent", values: Intent("succeeded", 3250, "automatic", received: 3250));
        var appointment = Guid.NewGuid();

        var result = await gateway.ChargeOffSessionAsync(new GatewayPaymentRequest(3250, "EUR", StripeFixtures.CustomerId, StripeFixtures.PaymentMethodId,
            "late-cancellation-fee · 2026-12-01", "ref-1"), $"latefee:{appointment}", CancellationToken.None);

        var sent = stripe.To("POST", "/v1/payment_intents").Single();
        sent.Path.ShouldBe("/v1/payment_intents");
        sent.Authorization.ShouldBe($"Bearer {SecretKey}");
        sent.IdempotencyKey.ShouldBe($"latefee:{appointment}");
        sent.Form["amount"].ShouldBe("3250");
        sent.Form["currency"].ShouldBe("eur");
        sent.Form["customer"].ShouldBe(StripeFixtures.CustomerId);
        sent.Form["payment_method"].ShouldBe(StripeFixtures.PaymentMethodId);
        sent.Form["off_session"].ShouldBe("true");
        sent.Form["confirm"].ShouldBe("true");
        sent.Form["capture_method"].ShouldBe("automatic");
        sent.Form["allowed_payment_method_types[0]"].ShouldBe("card");
        sent.Form["metadata[clinic_reference]"].ShouldBe("ref-1");
        sent.RawBody.ShouldNotContain("4242");
        result.Status.ShouldBe(GatewayPaymentStatus.Succeeded);
        (result.Id, result.AmountReceived, result.Currency, result.Failure).ShouldBe((StripeFixtures.PaymentIntentId, 3250L, "EUR", (GatewayFailure?)null));
    }

    [Fact]
    public async Task Given_a_deposit_When_it_is_authorized_at_booking_Then_capture_is_manual_on_session_and_the_key_is_the_hold_groups()
    {
        stripe.Answer("POST", "/v1/payment_intents", "payment_intent", values: Intent("requires_capture", 5000, "manual", capturable: 5000));

        var result = await gateway.AuthorizeAsync(new GatewayPaymentRequest(5000, "EUR", StripeFixtures.CustomerId, StripeFixtures.PaymentMethodId, "deposit", "ref-2"),
            "deposit:hold-group-1", CancellationToken.None);

        var sent = stripe.To("POST", "/v1/payment_intents").Single();
        sent.IdempotencyKey.ShouldBe("deposit:hold-group-1");
        sent.Form["capture_method"].ShouldBe("manual");
        sent.Form["confirm"].ShouldBe("true");
        sent.Form.ShouldNotContainKey("off_session");
        (sent.Form["amount"], sent.Form["currency"], sent.Form["customer"]).ShouldBe(("5000", "eur", StripeFixtures.CustomerId));
        result.Status.ShouldBe(GatewayPaymentStatus.RequiresCapture);
        result.AmountCapturable.ShouldBe(5000);
    }

    [Fact]
    public async Task Given_the_card_check_When_it_is_authorized_and_released_Then_fifty_cents_are_held_manually_and_the_cancel_carries_its_own_key()
    {
        stripe.Answer("POST", "/v1/payment_intents", "payment_intent", values: Intent("requires_capture", 50, "manual", capturable: 50))
            .Answer("POST", $"/v1/payment_intents/{StripeFixtures.PaymentIntentId}/cancel", "payment_intent", values: Intent("canceled", 50, "manual"));

        var held = await gateway.AuthorizeAsync(new GatewayPaymentRequest(50, "EUR", StripeFixtures.CustomerId, StripeFixtures.PaymentMethodId, "card-check", "ref-3"),
            "cardcheck:hold-group-1", CancellationToken.None);
        var released = await gateway.CancelAsync(held.Id, "release:cardcheck:hold-group-1", CancellationToken.None);

        var authorize = stripe.To("POST", "/v1/payment_intents").First();
        (authorize.Form["amount"], authorize.Form["currency"], authorize.Form["capture_method"], authorize.IdempotencyKey)
            .ShouldBe(("50", "eur", "manual", "cardcheck:hold-group-1"));
        var cancel = stripe.To("POST", $"/v1/payment_intents/{StripeFixtures.PaymentIntentId}/cancel").Single();
        cancel.IdempotencyKey.ShouldBe("release:cardcheck:hold-group-1");
        cancel.Form["cancellation_reason"].ShouldBe("abandoned");
        (held.Status, released.Status).ShouldBe((GatewayPaymentStatus.RequiresCapture, GatewayPaymentStatus.Canceled));
    }

    [Fact]
    public async Task Given_insufficient_funds_When_stripe_declines_with_402_Then_the_adapter_answers_with_the_reason_and_the_payment()
    {
        stripe.Answer("POST", "/v1/payment_intents", "error_insufficient_funds", status: 402);

        var result = await gateway.ChargeOffSessionAsync(new GatewayPaymentRequest(3250, "EUR", StripeFixtures.CustomerId, StripeFixtures.PaymentMethodId, "fee", "ref-4"),
            "latefee:declined", CancellationToken.None);

        result.Id.ShouldBe(StripeFixtures.PaymentIntentId);
        result.Status.ShouldBe(GatewayPaymentStatus.RequiresPaymentMethod);
        result.Failure.ShouldBe(new GatewayFailure(DeclineReasons.InsufficientFunds, "Your card has insufficient funds."));
        result.AmountReceived.ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_bank_that_wants_authentication_When_charging_off_session_Then_the_answer_is_authentication_required_not_an_error()
    {
        stripe.Answer("POST", "/v1/payment_intents", "error_authentication_required", status: 402);

        var result = await gateway.ChargeOffSessionAsync(new GatewayPaymentRequest(3250, "EUR", StripeFixtures.CustomerId, StripeFixtures.PaymentMethodId, "fee", "ref-5"),
            "noshow:appointment-1", CancellationToken.None);

        result.Failure!.Reason.ShouldBe(DeclineReasons.AuthenticationRequired);
        result.ClientSecret.ShouldStartWith(StripeFixtures.PaymentIntentId + "_secret_");
        stripe.To("POST", "/v1/payment_intents").Single().Form["off_session"].ShouldBe("true");
    }

    [Fact]
    public async Task Given_a_declined_fee_When_it_is_retried_Then_the_same_payment_is_confirmed_off_session_with_the_attempts_key()
    {
        stripe.Answer("POST", $"/v1/payment_intents/{StripeFixtures.PaymentIntentId}/confirm", "payment_intent", values: Intent("succeeded", 3250, "automatic", received: 3250));

        var result = await gateway.RetryOffSessionAsync(StripeFixtures.PaymentIntentId, StripeFixtures.PaymentMethodId, "latefee:a:attempt:2", CancellationToken.None);

        var sent = stripe.Requests.Single();
        (sent.Path, sent.IdempotencyKey).ShouldBe(($"/v1/payment_intents/{StripeFixtures.PaymentIntentId}/confirm", "latefee:a:attempt:2"));
        (sent.Form["payment_method"], sent.Form["off_session"]).ShouldBe((StripeFixtures.PaymentMethodId, "true"));
        result.Status.ShouldBe(GatewayPaymentStatus.Succeeded);
    }

    [Fact]
    public async Task Given_an_authorized_deposit_When_captured_and_partly_refunded_Then_amounts_and_keys_are_sent()
    {
        stripe.Answer("POST", $"/v1/payment_intents/{StripeFixtures.PaymentIntentId}/capture", "payment_intent", values: Intent("succeeded", 5000, "manual", received: 5000))
            .Answer("POST", "/v1/refunds", "refund", values: new Dictionary<string, string> { ["amount"] = "2000" });

        var captured = await gateway.CaptureAsync(StripeFixtures.PaymentIntentId, 5000, "capture:deposit:hold-group-1", CancellationToken.None);
        var refund = await gateway.RefundAsync(StripeFixtures.PaymentIntentId, 2000, "refund:payment-1:1", CancellationToken.None);

        var capture = stripe.To("POST", $"/v1/payment_intents/{StripeFixtures.PaymentIntentId}/capture").Single();
        (capture.Form["amount_to_capture"], capture.IdempotencyKey).ShouldBe(("5000", "capture:deposit:hold-group-1"));
        var refunded = stripe.To("POST", "/v1/refunds").Single();
        (refunded.Form["payment_intent"], refunded.Form["amount"], refunded.IdempotencyKey).ShouldBe((StripeFixtures.PaymentIntentId, "2000", "refund:payment-1:1"));
        (captured.Status, captured.AmountReceived).ShouldBe((GatewayPaymentStatus.Succeeded, 5000L));
        (refund.Succeeded, refund.AmountMinor).ShouldBe((true, 2000L));
    }

    [Fact]
    public async Task Given_a_patient_When_a_card_is_set_up_Then_the_customer_and_an_off_session_setup_are_created_and_only_brand_last4_and_expiry_come_back()
    {
        stripe.Answer("POST", "/v1/customers", "customer")
            .Answer("POST", "/v1/setup_intents", "setup_intent_created")
            .Answer("GET", $"/v1/setup_intents/{StripeFixtures.SetupIntentId}", "setup_intent_succeeded")
            .Answer("GET", $"/v1/payment_methods/{StripeFixtures.PaymentMethodId}", "payment_method_card");

        var customer = await gateway.CreateCustomerAsync(new GatewayCustomerRequest("lucia@example.com", "Lucía Moreno", "patient:1"), "customer:1", CancellationToken.None);
        var setup = await gateway.CreateSetupAsync(customer, "setup:card:1:1", CancellationToken.None);
        var confirmed = await gateway.GetSetupAsync(setup.Id, CancellationToken.None);
        var card = await gateway.GetCardAsync(confirmed.PaymentMethodId!, CancellationToken.None);

        var createCustomer = stripe.To("POST", "/v1/customers").Single();
        (createCustomer.Form["email"], createCustomer.Form["name"], createCustomer.Form["metadata[clinic_reference]"], createCustomer.IdempotencyKey)
            .ShouldBe(("lucia@example.com", "Lucía Moreno", "patient:1", "customer:1"));
        var createSetup = stripe.To("POST", "/v1/setup_intents").Single();
        (createSetup.Form["customer"], createSetup.Form["usage"], createSetup.IdempotencyKey).ShouldBe((StripeFixtures.CustomerId, "off_session", "setup:card:1:1"));
        setup.Status.ShouldBe(GatewaySetupStatus.RequiresPaymentMethod);
        setup.ClientSecret.ShouldStartWith(StripeFixtures.SetupIntentId + "_secret_");
        confirmed.Status.ShouldBe(GatewaySetupStatus.Succeeded);
        card.ShouldBe(new GatewayCard(StripeFixtures.PaymentMethodId, "visa", "4242", 8, 2029));
    }

    [Fact]
    public async Task Given_stripe_failing_on_its_side_When_charging_Then_the_caller_hears_unavailable_and_may_retry_with_the_same_key()
    {
        stripe.Answer("POST", "/v1/payment_intents", "error_api", status: 500);

        var failure = await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => gateway.ChargeOffSessionAsync(
            new GatewayPaymentRequest(3250, "EUR", StripeFixtures.CustomerId, StripeFixtures.PaymentMethodId, "fee", "ref-6"), "latefee:b", CancellationToken.None));

        failure.Message.ShouldContain("An unknown error occurred");
        stripe.Requests.Count.ShouldBe(1);
    }
}
