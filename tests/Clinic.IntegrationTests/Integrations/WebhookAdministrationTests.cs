using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.ApiKeys.CreateApiKey;
using Clinic.Integrations.Delivery;
using Clinic.Integrations.Domain.Webhooks;
using Clinic.Integrations.Features.Subscriptions;
using Clinic.Integrations.Features.Subscriptions.CreateWebhookSubscription;
using Clinic.Integrations.Features.Subscriptions.ListWebhookEventTypes;
using Clinic.Integrations.Features.Subscriptions.RotateWebhookSecret;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Contracts.Appointments;
using Microsoft.Extensions.DependencyInjection;
using AppointmentEvents = Clinic.IntegrationTests.Notifications.AppointmentEvents;

namespace Clinic.IntegrationTests.Integrations;

/// <summary>Who may manage webhooks, what a subscription may target (SSRF), and bad input refused with nothing written.</summary>
public sealed class WebhookAdministrationTests : IDisposable
{
    private readonly List<IDisposable> owned = [];

    public void Dispose()
    {
        foreach (var disposable in owned)
        {
            disposable.Dispose();
        }
    }

    private ClinicApiFactory Host(ClinicApiFactory factory)
    {
        owned.Add(factory);
        return factory;
    }

    [Fact]
    public async Task Given_anyone_but_an_admin_When_they_call_the_webhook_endpoints_Then_they_are_refused_and_nothing_is_written()
    {
        var factory = Host(new ClinicApiFactory().AllowingLocalReceivers());
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        var existing = await admin.SubscribeAsync("http://127.0.0.1:9/hooks", "appointment.booked");
        var key = await (await admin.PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey("CRM", [.. ApiScopes.All])))
            .ShouldBeJsonAsync<CreatedApiKey>(HttpStatusCode.Created);
        var integrator = factory.CreateClient();
        integrator.DefaultRequestHeaders.Add("X-Api-Key", key.Key);
        var patient = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com");
        var callers = new Dictionary<string, HttpClient>
        {
            ["front desk"] = factory.CreateClientAs(ClinicRoles.FrontDesk),
            ["provider"] = factory.CreateClientAs(ClinicRoles.Provider),
            ["patient"] = patient,
            ["API key with every scope"] = integrator,
            ["anonymous"] = factory.CreateBrowserClient(),
        };
        var body = new CreateWebhookSubscription("Intruso", "http://127.0.0.1:9/steal", ["appointment.booked"]);
        var id = existing.Subscription.Id;

        foreach (var (who, client) in callers)
        {
            var expected = who == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            (await client.GetAsync("/api/admin/webhooks/subscriptions")).StatusCode.ShouldBe(expected, who);
            (await client.GetAsync("/api/admin/webhooks/deliveries")).StatusCode.ShouldBe(expected, who);
            (await client.PostAsJsonAsync("/api/admin/webhooks/subscriptions", body)).StatusCode.ShouldBe(expected, who);
            (await client.PostAsJsonAsync($"/api/admin/webhooks/subscriptions/{id}/rotate-secret", new RotateWebhookSecretBody(0))).StatusCode.ShouldBe(expected, who);
            (await client.PostAsync($"/api/admin/webhooks/subscriptions/{id}/disable", null)).StatusCode.ShouldBe(expected, who);
        }

        var listed = (await (await admin.GetAsync("/api/admin/webhooks/subscriptions")).ShouldBeJsonAsync<List<WebhookSubscriptionResponse>>()).ShouldHaveSingleItem();
        (listed.Id, listed.IsEnabled, listed.SecretHint).ShouldBe((id, true, existing.Subscription.SecretHint));
        var types = await (await admin.GetAsync("/api/admin/webhooks/event-types")).ShouldBeJsonAsync<List<WebhookEventType>>();
        types.Select(t => t.Name).ShouldBe([
            "appointment.booked", "appointment.cancelled", "appointment.rescheduled", "appointment.started", "appointment.completed", "appointment.no_show",
            "patient.created", "patient.merged"]);
    }

    [Theory]
    [InlineData("", "https://crm.example.com/hooks", "appointment.booked", "name")]
    [InlineData("CRM", "", "appointment.booked", "url")]
    [InlineData("CRM", "crm.example.com/hooks", "appointment.booked", "url")]
    [InlineData("CRM", "ftp://crm.example.com/hooks", "appointment.booked", "url")]
    [InlineData("CRM", "https://user:pw@crm.example.com/hooks", "appointment.booked", "url")]
    [InlineData("CRM", "https://crm.example.com/hooks", "appointment.deleted", "eventTypes")]
    [InlineData("CRM", "https://crm.example.com/hooks", "", "eventTypes")]
    public async Task Given_bad_subscription_input_When_created_Then_400_names_the_field_and_nothing_is_written(string name, string url, string eventType, string field)
    {
        var factory = Host(new ClinicApiFactory().WithoutBackgroundWorkers());
        var admin = factory.CreateClientAs(ClinicRoles.Admin);

        var response = await admin.PostAsJsonAsync("/api/admin/webhooks/subscriptions",
            new CreateWebhookSubscription(name, url, eventType.Length == 0 ? [] : [eventType]));

        (await response.ShouldBeValidationProblemAsync()).Errors.Keys.ShouldContain(field);
        (await (await admin.GetAsync("/api/admin/webhooks/subscriptions")).ShouldBeJsonAsync<List<WebhookSubscriptionResponse>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_bad_requests_on_existing_subscriptions_When_sent_Then_400_or_404_and_nothing_changes()
    {
        var factory = Host(new ClinicApiFactory().AllowingLocalReceivers());
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        var created = await admin.SubscribeAsync("http://127.0.0.1:9/hooks", "appointment.booked");
        var id = created.Subscription.Id;

        (await (await admin.PostAsJsonAsync($"/api/admin/webhooks/subscriptions/{id}/rotate-secret", new RotateWebhookSecretBody(999))).ShouldBeValidationProblemAsync())
            .Errors.Keys.ShouldContain("previousSecretValidForHours");
        (await admin.PostAsJsonAsync($"/api/admin/webhooks/subscriptions/{id}/rotate-secret", new RotateWebhookSecretBody(-1))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsync($"/api/admin/webhooks/subscriptions/{id}/rotate-secret", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync($"/api/admin/webhooks/subscriptions/{Guid.NewGuid()}/rotate-secret", new RotateWebhookSecretBody(1))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/api/admin/webhooks/subscriptions/{Guid.NewGuid()}/disable", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/api/admin/webhooks/subscriptions/{Guid.NewGuid()}/enable", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/api/admin/webhooks/deliveries?take=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/admin/webhooks/deliveries?status=Lost")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var listed = (await (await admin.GetAsync("/api/admin/webhooks/subscriptions")).ShouldBeJsonAsync<List<WebhookSubscriptionResponse>>()).Single();
        (listed.SecretHint, listed.PreviousSecretExpiresAt, listed.IsEnabled).ShouldBe((created.Subscription.SecretHint, null, true));
    }

    [Theory]
    [InlineData("http://crm.example.com/hooks")]
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://localhost:8443/hooks")]
    [InlineData("https://10.0.0.5/hooks")]
    [InlineData("https://172.20.1.1/hooks")]
    [InlineData("https://192.168.1.10/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://[fd00::1]/hooks")]
    [InlineData("https://[::ffff:127.0.0.1]/hooks")]
    [InlineData("https://internal.example.com/hooks")]
    public async Task Given_production_rules_When_an_admin_subscribes_a_non_https_loopback_private_or_link_local_target_Then_400(string url)
    {
        var factory = Host(new ClinicApiFactory().WithoutBackgroundWorkers());
        factory.ConfigureServices = services => services.AddSingleton<WebhookHostResolver>(new ScriptedResolver { ["internal.example.com"] = ["10.1.2.3"] });
        var admin = factory.CreateClientAs(ClinicRoles.Admin);

        var response = await admin.PostAsJsonAsync("/api/admin/webhooks/subscriptions", new CreateWebhookSubscription("CRM", url, ["appointment.booked"]));

        (await response.ShouldBeValidationProblemAsync()).Errors.Keys.ShouldContain("url");
        (await (await admin.GetAsync("/api/admin/webhooks/subscriptions")).ShouldBeJsonAsync<List<WebhookSubscriptionResponse>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_name_that_resolves_to_a_public_address_at_subscribe_time_When_it_resolves_to_loopback_at_send_time_Then_nothing_is_sent()
    {
        using var receiver = new WebhookReceiver();
        var dns = new ScriptedResolver { ["hooks.example.com"] = ["93.184.216.34"] };
        var factory = Host(new ClinicApiFactory().WithoutBackgroundWorkers().WithFakeClock(TestClock.Now));
        factory.ConfigureServices = services => services.AddSingleton<WebhookHostResolver>(dns);
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        await admin.SubscribeAsync($"https://hooks.example.com:{receiver.Port}/hooks/clinic", "appointment.booked");

        dns["hooks.example.com"] = ["127.0.0.1"];
        await factory.PublishEventAsync(new AppointmentBooked(AppointmentEvents.Snapshot(TestClock.Now.AddDays(1)), false, true) { OccurredAt = TestClock.Now });
        await factory.SendDueWebhooksAsync();

        receiver.Requests.ShouldBeEmpty();
        var delivery = (await admin.DeliveriesAsync()).Items.Single();
        (delivery.Status, delivery.LastResponseStatus).ShouldBe((WebhookDeliveryStatus.Retrying, (int?)null));
        delivery.LastError.ShouldBe("Refused: hooks.example.com resolves to 127.0.0.1, a loopback, link-local or private network address; webhooks are not sent there.");
    }

    /// <summary>A DNS whose answers the test sets, and may change between subscribing and sending.</summary>
    private sealed class ScriptedResolver : WebhookHostResolver
    {
        private readonly Dictionary<string, string[]> answers = new(StringComparer.OrdinalIgnoreCase);

        public string[] this[string host]
        {
            set => answers[host] = value;
        }

        public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            IPAddress.TryParse(host, out var literal) ? Task.FromResult(new[] { literal })
            : answers.TryGetValue(host, out var addresses) ? Task.FromResult(addresses.Select(IPAddress.Parse).ToArray())
            : throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound);
    }
}
