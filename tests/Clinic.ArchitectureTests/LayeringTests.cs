namespace Clinic.ArchitectureTests;

public sealed class LayeringTests
{
    [Fact]
    public void Given_the_modules_When_checked_Then_handlers_validators_and_db_contexts_are_internal()
    {
        ClinicAssemblies.Modules.SelectMany(ArchitectureRules.PublicImplementationTypes).ShouldBeEmpty();
    }

    [Fact]
    public void Given_public_handlers_validators_and_contexts_When_checked_Then_the_rule_names_each()
    {
        var violations = ArchitectureRules.PublicImplementationTypes(ClinicAssemblies.Fixture);

        violations.ShouldContain(v => v.EndsWith("PublicHandler", StringComparison.Ordinal));
        violations.ShouldContain(v => v.EndsWith("PublicValidator", StringComparison.Ordinal));
        violations.ShouldContain(v => v.EndsWith("PublicDbContext", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_modules_When_checked_Then_the_domain_knows_no_ef_http_or_mediator()
    {
        ClinicAssemblies.Modules.SelectMany(ArchitectureRules.DomainDependencies).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_domain_type_that_knows_its_database_When_checked_Then_the_rule_fails()
    {
        ArchitectureRules.DomainDependencies(ClinicAssemblies.Fixture)
            .ShouldContain("Clinic.Fixtures.Domain.EntityThatKnowsItsDatabase");
    }

    [Fact]
    public void Given_the_host_When_checked_Then_it_holds_no_business_logic()
    {
        ArchitectureRules.BusinessTypesIn(ClinicAssemblies.Host).ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_assembly_with_handlers_When_checked_as_a_host_Then_the_rule_fails()
    {
        ArchitectureRules.BusinessTypesIn(ClinicAssemblies.Fixture).Count.ShouldBe(3);
    }
}
