using Clinic.BuildingBlocks.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Clinic.UnitTests.BuildingBlocks;

public sealed class DevelopmentAdapterGuardTests
{
    [Fact]
    public void Given_production_and_a_development_adapter_registered_by_type_When_checked_Then_it_throws_naming_the_adapter()
    {
        var services = new ServiceCollection().AddSingleton<ISender, FakeSender>();

        var failure = Should.Throw<InvalidOperationException>(() => DevelopmentAdapterGuard.EnsureAllowed(services, new Environment(Environments.Production)));

        failure.Message.ShouldContain(nameof(FakeSender));
    }

    [Fact]
    public void Given_production_and_a_development_adapter_registered_as_an_instance_or_keyed_When_checked_Then_both_are_found()
    {
        var services = new ServiceCollection()
            .AddSingleton<ISender>(new FakeSender())
            .AddKeyedSingleton<ISender, OtherFakeSender>("backup");

        DevelopmentAdapterGuard.FindDevelopmentAdapters(services).ShouldBe([typeof(FakeSender), typeof(OtherFakeSender)], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Staging")]
    public void Given_an_environment_other_than_production_When_checked_Then_development_adapters_are_allowed(string environment)
    {
        var services = new ServiceCollection().AddSingleton<ISender, FakeSender>();

        Should.NotThrow(() => DevelopmentAdapterGuard.EnsureAllowed(services, new Environment(environment)));
    }

    [Fact]
    public void Given_production_with_only_real_adapters_When_checked_Then_it_starts()
    {
        var services = new ServiceCollection().AddSingleton<ISender, RealSender>();

        Should.NotThrow(() => DevelopmentAdapterGuard.EnsureAllowed(services, new Environment(Environments.Production)));
    }

    private interface ISender;

    private sealed class RealSender : ISender;

    private sealed class FakeSender : ISender, IDevelopmentAdapter;

    private sealed class OtherFakeSender : ISender, IDevelopmentAdapter;

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Clinic";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
