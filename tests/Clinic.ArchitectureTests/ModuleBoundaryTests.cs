namespace Clinic.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Given_the_product_When_assemblies_are_discovered_Then_every_module_and_its_contracts_are_found()
    {
        ClinicAssemblies.Modules.Select(m => m.GetName().Name).ShouldContain("Clinic.Scheduling");
        ClinicAssemblies.Modules.Select(m => m.GetName().Name).ShouldContain("Clinic.Identity");
        ClinicAssemblies.Contracts.Select(m => m.GetName().Name).ShouldContain("Clinic.Scheduling.Contracts");
        ClinicAssemblies.Contracts.Select(m => m.GetName().Name).ShouldContain("Clinic.Identity.Contracts");
        ClinicAssemblies.Modules.Select(m => m.GetName().Name).ShouldContain("Clinic.Forms");
        ClinicAssemblies.Contracts.Select(m => m.GetName().Name).ShouldContain("Clinic.Forms.Contracts");
    }

    [Fact]
    public void Given_the_modules_When_their_references_are_read_Then_none_uses_another_module_except_through_contracts()
    {
        var modules = ClinicAssemblies.Modules;
        modules.SelectMany(m => ArchitectureRules.ReferencesToOtherModules(m, modules)).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_module_that_reaches_into_another_When_checked_Then_the_rule_fails()
    {
        var modulesWithFixture = ClinicAssemblies.Modules.Append(ClinicAssemblies.Fixture).ToList();
        ArchitectureRules.ReferencesToOtherModules(ClinicAssemblies.Fixture, modulesWithFixture)
            .ShouldContain("Clinic.ArchitectureTests.Fixtures references Clinic.Scheduling");
    }

    [Fact]
    public void Given_the_contracts_When_their_references_are_read_Then_they_depend_only_on_building_block_abstractions()
    {
        ClinicAssemblies.Contracts.SelectMany(ArchitectureRules.ContractsDependencies).ShouldBeEmpty();
    }

    [Fact]
    public void Given_contracts_that_need_plumbing_When_checked_Then_the_rule_fails()
    {
        ArchitectureRules.ContractsDependencies(ClinicAssemblies.Fixture)
            .ShouldContain("Clinic.ArchitectureTests.Fixtures references Clinic.BuildingBlocks");
    }
}
