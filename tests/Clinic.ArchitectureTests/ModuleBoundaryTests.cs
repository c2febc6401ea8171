namespace Clinic.ArchitectureTests;

/// <summary>Every module the host lists is checked here; the list itself is checked against the module folders and the mediator.</summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Given_the_module_folders_When_compared_with_the_hosts_list_Then_each_folder_is_a_listed_module_with_its_two_projects()
    {
        ArchitectureRules.ModuleListMismatches(ClinicAssemblies.ModuleList, ClinicAssemblies.ModuleFolders()).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_module_folder_the_list_forgets_When_checked_Then_the_rule_names_it()
    {
        var folders = ClinicAssemblies.ModuleFolders().Append("Fixtures").ToList();

        ArchitectureRules.ModuleListMismatches(ClinicAssemblies.ModuleList.Skip(1).ToList(), folders)
            .ShouldBe([$"src/Modules/{ClinicAssemblies.ModuleList[0].Assembly.GetName().Name!["Clinic.".Length..]} is not in ClinicModules.All", "src/Modules/Fixtures is not in ClinicModules.All"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(ClinicAssemblies.ModuleNames), MemberType = typeof(ClinicAssemblies))]
    public void Given_a_listed_module_When_its_references_are_read_Then_it_uses_other_modules_only_through_their_contracts(string module)
    {
        ArchitectureRules.ReferencesToOtherModules(ClinicAssemblies.Module(module).Assembly, ClinicAssemblies.Modules).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_module_that_reaches_into_another_When_checked_Then_the_rule_fails()
    {
        var modulesWithFixture = ClinicAssemblies.Modules.Append(ClinicAssemblies.Fixture).ToList();
        ArchitectureRules.ReferencesToOtherModules(ClinicAssemblies.Fixture, modulesWithFixture)
            .ShouldContain("Clinic.ArchitectureTests.Fixtures references Clinic.Scheduling");
    }

    [Theory]
    [MemberData(nameof(ClinicAssemblies.ModuleNames), MemberType = typeof(ClinicAssemblies))]
    public void Given_a_listed_modules_contracts_When_their_references_are_read_Then_they_depend_only_on_building_block_abstractions(string module)
    {
        ArchitectureRules.ContractsDependencies(ClinicAssemblies.Module(module).Contracts).ShouldBeEmpty();
    }

    [Fact]
    public void Given_contracts_that_need_plumbing_When_checked_Then_the_rule_fails()
    {
        ArchitectureRules.ContractsDependencies(ClinicAssemblies.Fixture)
            .ShouldContain("Clinic.ArchitectureTests.Fixtures references Clinic.BuildingBlocks");
    }

    [Theory]
    [MemberData(nameof(ClinicAssemblies.ModuleNames), MemberType = typeof(ClinicAssemblies))]
    public void Given_a_listed_module_When_the_host_registers_the_mediator_Then_every_handler_of_the_module_is_wired(string module)
    {
        ArchitectureRules.HandlersTheMediatorMisses(ClinicAssemblies.Module(module).Assembly, MediatorRegistrations.OfHost()).ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_assembly_missing_from_the_mediator_list_When_checked_Then_the_rule_names_its_handlers()
    {
        ArchitectureRules.HandlersTheMediatorMisses(ClinicAssemblies.Fixture, MediatorRegistrations.OfHost())
            .ShouldContain("Clinic.Fixtures.Features.PublicHandler is not wired by the host's mediator (add its assembly to AddMediator's list)");
    }
}
