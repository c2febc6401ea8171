using System.Net;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.IntegrationTests.Notifications;

namespace Clinic.IntegrationTests.Host;

/// <summary>
/// Production must never run on an adapter that fakes an external service, nor on a real one left
/// half-configured. Each case starts from a fully real configuration and breaks one thing.
/// </summary>
public sealed class ProductionGuardTests : IDisposable
{
    private readonly TestSmtpServer smtp = TestSmtpServer.Start();
    private readonly RecordingTwilioApi twilio = new();

    public void Dispose()
    {
        twilio.Dispose();
        smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Identity:Recaptcha:Provider", "Development", "Production cannot start on development adapters: DevelopmentRecaptchaVerifier")]
    [InlineData("Notifications:Email:Adapter", "PickupDirectory", "Production cannot start on development adapters: PickupDirectoryEmailSender")]
    [InlineData("Notifications:Sms:Adapter", "DeliveryLog", "Production cannot start on development adapters: DeliveryLogSmsSender")]
    [InlineData("Clock:StartAt", "2027-03-28T00:30:00Z", "Production cannot start on development adapters: DevelopmentClock")]
    [InlineData("Identity:Recaptcha:SecretKey", "", "Identity:Recaptcha:SecretKey")]
    [InlineData("Notifications:Email:Smtp:Host", "", "Notifications:Email:Smtp:Host and a valid Port are required")]
    [InlineData("Integrations:Webhooks:AllowUnsafeTargets", "true", "Integrations:Webhooks:AllowUnsafeTargets lets webhooks reach this machine and private networks; Production refuses it.")]
    [InlineData("Wallet:Payments:Gateway", "Development", "Production cannot start on development adapters: DevelopmentPaymentGateway")]
    [InlineData("Wallet:Payments:Stripe:WebhookSecret", "", "Wallet:Payments:Stripe needs SecretKey, PublishableKey and WebhookSecret")]
    public void Given_production_with_one_service_faked_or_incomplete_When_the_host_starts_Then_it_refuses_and_names_it(string key, string value, string expected)
    {
        using var factory = RealProduction().With(key, value);

        StartFailure(factory).ShouldContain(expected);
    }

    [Fact]
    public async Task Given_production_with_every_service_real_When_the_host_starts_Then_it_serves_and_tells_the_spa_only_the_public_site_key()
    {
        using var factory = RealProduction();

        var settings = await factory.CreateClient().GetStringAsync("/api/account/settings");

        settings.ShouldContain("\"recaptchaSiteKey\":\"public-site-key\"");
        settings.ShouldNotContain("server-secret");
        (await factory.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var payments = await factory.CreateClient().GetStringAsync("/api/payments/configuration");
        payments.ShouldContain("\"gateway\":\"Stripe\"");
        payments.ShouldContain("\"publishableKey\":\"pk_live_public\"");
        payments.ShouldNotContain("sk_live_secret");
    }

    // Production defaults to SQL Server, which this machine lacks; the guard is what is under test.
    private ClinicApiFactory RealProduction() => new ClinicApiFactory()
        .WithEnvironment("Production")
        .With("Database:Provider", "Sqlite")
        .With("Database:MigrateOnStartup", "true")
        .With("Identity:Recaptcha:Provider", "Google")
        .With("Identity:Recaptcha:SiteKey", "public-site-key")
        .With("Identity:Recaptcha:SecretKey", "server-secret")
        .With("Wallet:Payments:Stripe:SecretKey", "sk_live_secret")
        .With("Wallet:Payments:Stripe:PublishableKey", "pk_live_public")
        .With("Wallet:Payments:Stripe:WebhookSecret", "whsec_secret")
        .WithSmtp(smtp)
        .WithTwilio(twilio);

    private static string StartFailure(ClinicApiFactory factory)
    {
        var exception = Should.Throw<Exception>(() => factory.CreateClient());
        return string.Join(" | ", Flatten(exception).Select(e => e.Message));
    }

    private static IEnumerable<Exception> Flatten(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Flatten).Prepend(aggregate),
        { InnerException: { } inner } => Flatten(inner).Prepend(exception),
        _ => [exception],
    };
}
