using System.Net;
using System.Net.Http.Json;
using System.Text;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Webhooks.ReceiveStripeWebhook;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>
/// Stripe's webhooks at /webhooks/stripe (outside /api, so no antiforgery token): the signature is verified with a
/// tolerance against the clinic's clock, the event id is stored once, and the event is acted on through the outbox.
/// Here a fee the bank wanted authenticated is paid by the patient through Stripe, and Stripe says so.
/// </summary>
public sealed class StripeWebhookTests : IAsyncLifetime
{
    private const string EventId = "evt_3QbTestSucceeded01";
    private readonly RecordingStripeApi stripe = new();
    private ClinicApiFactory factory = null!;
    private WalletScenario scenario = null!;

    public async Task InitializeAsync()
    {
        stripe.Answer("POST", "/v1/payment_intents", "error_authentication_required", status: 402, values: new Dictionary<string, string> { ["amount"] = "2500" })
            .Answer("GET", $"/v1/payment_intents/{StripeFixtures.PaymentIntentId}", "payment_intent", values: new Dictionary<string, string>
            {
                ["status"] = "succeeded", ["capture_method"] = "automatic", ["amount_capturable"] = "0", ["amount_received"] = "2500", ["amount"] = "2500",
            });
        factory = WalletScenario.WithStripe(WalletScenario.NewFactory(), stripe);
        scenario = await WalletScenario.CreateAsync(factory);
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        await scenario.SeedStripeCardAsync(await scenario.PatientIdAsync("lucia@example.com"));
        await scenario.SetLateFeeAsync(2500);
        await scenario.TurnCardCheckOffAsync();
        var booked = await scenario.BookAsync(lucia, WalletScenario.TuesdayTen);
        await WalletScenario.CancelLateAsync(lucia, booked.AppointmentId);
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();
        (await scenario.WalletAsync(db => db.Payments.SingleAsync())).Status.ShouldBe(PaymentStatus.RequiresAction);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        stripe.Dispose();
        return Task.CompletedTask;
    }

    private string Payload() => StripeFixtures.Load("event_payment_intent_succeeded", new Dictionary<string, string>
    {
        ["event"] = EventId, ["amount"] = "2500", ["created"] = factory.Clock!.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private Task<HttpResponseMessage> PostAsync(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("Stripe-Signature", signature);
        }

        // A plain client: Stripe sends no cookie and no antiforgery header.
        return factory.CreateClient().SendAsync(request);
    }

    private string Sign(string payload, TimeSpan age = default) =>
        EventUtility.GenerateSignatureHeader(payload, WalletScenario.StripeWebhookSecret, (factory.Clock!.GetUtcNow() - age).ToUnixTimeSeconds());

    [Fact]
    public async Task Given_a_signed_payment_succeeded_event_When_received_Then_it_is_stored_once_and_through_the_outbox_the_fee_is_paid_with_one_receipt()
    {
        var payload = Payload();

        var receipt = await (await PostAsync(payload, Sign(payload))).ShouldBeJsonAsync<WebhookReceipt>();
        await scenario.DeliverEventsAsync();

        receipt.ShouldBe(new WebhookReceipt(EventId, Duplicate: false));
        receipt.Accepted.ShouldBeTrue();
        (await scenario.WalletAsync(db => db.ReceivedWebhooks.SingleAsync())).Type.ShouldBe("payment_intent.succeeded");
        (await scenario.WalletEventsAsync<PaymentGatewayEventReceived>()).Single().PaymentId.ShouldBe(StripeFixtures.PaymentIntentId);
        (await scenario.WalletAsync(db => db.Payments.SingleAsync())).ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PaymentStatus.Succeeded), p => p.CapturedMinor.ShouldBe(2500));
        (await scenario.WalletEventsAsync<FeeCharged>()).Single().ChargedMinor.ShouldBe(2500);
        stripe.To("GET", $"/v1/payment_intents/{StripeFixtures.PaymentIntentId}").Count.ShouldBe(1, "the state is read from Stripe, not trusted from the body");
    }

    [Fact]
    public async Task Given_an_event_already_received_When_stripe_replays_it_Then_the_answer_is_ok_and_nothing_happens_twice()
    {
        var payload = Payload();
        await (await PostAsync(payload, Sign(payload))).ShouldBeJsonAsync<WebhookReceipt>();
        await scenario.DeliverEventsAsync();

        var replay = await (await PostAsync(payload, Sign(payload))).ShouldBeJsonAsync<WebhookReceipt>();
        await scenario.DeliverEventsAsync();

        replay.Duplicate.ShouldBeTrue();
        (await scenario.WalletAsync(db => db.ReceivedWebhooks.CountAsync())).ShouldBe(1);
        (await scenario.WalletEventsAsync<PaymentGatewayEventReceived>()).Count.ShouldBe(1);
        (await scenario.WalletEventsAsync<FeeCharged>()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_body_changed_after_signing_When_received_Then_it_is_refused_and_nothing_is_stored()
    {
        var payload = Payload();
        var signature = Sign(payload);

        var tampered = await PostAsync(payload.Replace("\"amount_received\": 2500", "\"amount_received\": 1", StringComparison.Ordinal), signature);
        var unsigned = await PostAsync(payload, null);

        (await tampered.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("The webhook signature is missing, wrong or too old.");
        unsigned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await scenario.WalletAsync(db => db.ReceivedWebhooks.CountAsync())).ShouldBe(0);
        (await scenario.WalletEventsAsync<PaymentGatewayEventReceived>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_correctly_signed_event_older_than_the_tolerance_When_received_Then_it_is_refused_as_a_possible_replay()
    {
        var payload = Payload();

        var stale = await PostAsync(payload, Sign(payload, age: TimeSpan.FromMinutes(6)));
        var recent = await PostAsync(payload, Sign(payload, age: TimeSpan.FromMinutes(4)));

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        recent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scenario.WalletAsync(db => db.ReceivedWebhooks.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Given_the_development_gateway_When_something_posts_to_the_stripe_webhook_Then_there_is_no_such_endpoint()
    {
        using var development = WalletScenario.NewFactory();
        var payload = Payload();

        var response = await development.CreateClient().PostAsync("/webhooks/stripe", new StringContent(payload, Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.ShouldBe("Webhook endpoint 'stripe' was not found.");
    }
}
