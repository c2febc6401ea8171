using System.Net;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>Production refuses to start on a development adapter or on an incomplete real one; it starts when both are real.</summary>
public sealed class ProductionGuardTests : IDisposable
{
    private readonly TestSmtpServer smtp = TestSmtpServer.Start();
    private readonly RecordingTwilioApi twilio = new();
    private readonly ClinicApiFactory factory = new ClinicApiFactory().With("Database:Provider", "Sqlite");

    public void Dispose()
    {
        factory.Dispose();
        twilio.Dispose();
        smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Fact]
    public void Given_production_with_the_development_email_adapter_When_the_host_starts_Then_it_refuses_and_names_the_adapter()
    {
        factory.WithTwilio(twilio).With("Notifications:Email:Adapter", "PickupDirectory");

        var failure = StartFailure(factory);

        failure.ShouldContain("Production cannot start on development adapters: PickupDirectoryEmailSender");
    }

    [Fact]
    public void Given_production_with_the_development_sms_adapter_When_the_host_starts_Then_it_refuses_and_names_the_adapter()
    {
        factory.WithSmtp(smtp).With("Notifications:Sms:Adapter", "DeliveryLog");

        StartFailure(factory).ShouldContain("DeliveryLogSmsSender");
    }

    [Fact]
    public void Given_production_with_smtp_chosen_but_no_server_configured_When_the_host_starts_Then_it_refuses_with_the_missing_setting()
    {
        factory.WithTwilio(twilio);

        StartFailure(factory).ShouldContain("Notifications:Email:Smtp:Host and a valid Port are required");
    }

    [Fact]
    public async Task Given_production_with_real_smtp_and_twilio_configured_When_the_host_starts_Then_it_serves_requests()
    {
        factory.WithSmtp(smtp).WithTwilio(twilio);
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        (await production.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string StartFailure(ClinicApiFactory factory)
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var exception = Should.Throw<Exception>(() => production.CreateClient());
        return string.Join(" | ", Flatten(exception).Select(e => e.Message));
    }

    private static IEnumerable<Exception> Flatten(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Flatten).Prepend(aggregate),
        { InnerException: { } inner } => Flatten(inner).Prepend(exception),
        _ => [exception],
    };
}
