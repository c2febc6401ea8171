using System.Net;
using Clinic.IntegrationTests.Infrastructure;

namespace Clinic.IntegrationTests.Host;

/// <summary>Production must never run on an adapter that fakes an external service.</summary>
public sealed class ProductionGuardTests
{
    [Fact]
    public void Given_production_with_the_development_recaptcha_When_the_host_starts_Then_it_refuses_naming_the_adapter()
    {
        using var factory = ProductionOnSqlite().With("Identity:Recaptcha:Provider", "Development");

        var failure = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        failure.Message.ShouldContain("Production refuses to start on development adapters: reCAPTCHA (Development)");
    }

    [Fact]
    public void Given_production_with_google_recaptcha_but_no_secret_When_the_host_starts_Then_it_refuses()
    {
        using var factory = ProductionOnSqlite().With("Identity:Recaptcha:Provider", "Google").With("Identity:Recaptcha:SiteKey", "site-key");

        Should.Throw<Exception>(() => factory.CreateClient()).ToString().ShouldContain("Identity:Recaptcha:SecretKey");
    }

    [Fact]
    public async Task Given_production_with_real_recaptcha_keys_When_the_host_starts_Then_it_serves_and_tells_the_spa_the_site_key()
    {
        using var factory = ProductionOnSqlite()
            .With("Identity:Recaptcha:Provider", "Google")
            .With("Identity:Recaptcha:SiteKey", "public-site-key")
            .With("Identity:Recaptcha:SecretKey", "server-secret");

        var settings = await factory.CreateClient().GetStringAsync("/api/account/settings");

        settings.ShouldContain("\"recaptchaSiteKey\":\"public-site-key\"");
        settings.ShouldNotContain("server-secret");
        (await factory.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // Production defaults to SQL Server, which this machine lacks; the guard is what is under test.
    private static ClinicApiFactory ProductionOnSqlite() => new ClinicApiFactory()
        .WithEnvironment("Production")
        .With("Database:Provider", "Sqlite")
        .With("Database:MigrateOnStartup", "true");
}
