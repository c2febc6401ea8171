namespace Clinic.ArchitectureTests;

/// <summary>How a module's code is cut: use cases that stand alone, endpoints that only send, contracts that only carry data.</summary>
public sealed class FeatureSliceTests
{
    [Theory]
    [MemberData(nameof(ClinicAssemblies.ModuleNames), MemberType = typeof(ClinicAssemblies))]
    public void Given_a_listed_module_When_its_use_cases_are_read_Then_none_uses_another_use_cases_folder(string module)
    {
        ArchitectureRules.UseCasesReachingIntoOthers(ClinicAssemblies.Module(module).Assembly).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_use_case_that_uses_another_ones_request_When_checked_Then_the_rule_names_it()
    {
        ArchitectureRules.UseCasesReachingIntoOthers(ClinicAssemblies.Fixture).ShouldBe(
            ["Clinic.Fixtures.Features.Orders.PlaceOrder.ReachesIntoAnotherUseCase uses Clinic.Fixtures.Features.Orders.CancelOrder.CancelOrder of another use case"]);
    }

    [Theory]
    [MemberData(nameof(ClinicAssemblies.ModuleNames), MemberType = typeof(ClinicAssemblies))]
    public void Given_a_listed_module_When_its_endpoints_are_read_Then_each_only_sends_a_mediator_request(string module)
    {
        ArchitectureRules.EndpointsDoingMoreThanSending(ClinicAssemblies.Module(module).Assembly).ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_endpoint_that_runs_a_handler_and_a_db_context_itself_When_checked_Then_the_rule_names_both()
    {
        var violations = ArchitectureRules.EndpointsDoingMoreThanSending(ClinicAssemblies.Fixture);

        violations.ShouldContain("Clinic.Fixtures.Features.Orders.PlaceOrder.PlaceOrderEndpoint uses Clinic.Fixtures.Features.PublicHandler");
        violations.ShouldContain("Clinic.Fixtures.Features.Orders.PlaceOrder.PlaceOrderEndpoint uses Clinic.Fixtures.Features.PublicDbContext");
        violations.ShouldNotContain(v => v.EndsWith(".PlaceOrder.PlaceOrder", StringComparison.Ordinal), "its own request is what it should use");
    }

    [Theory]
    [MemberData(nameof(ClinicAssemblies.ModuleNames), MemberType = typeof(ClinicAssemblies))]
    public void Given_a_listed_modules_contracts_When_read_Then_they_hold_only_records_interfaces_enums_and_its_name(string module)
    {
        ArchitectureRules.ContractsWithBehaviour(ClinicAssemblies.Module(module).Contracts).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_contract_class_with_behaviour_When_checked_Then_the_rule_names_it_and_only_it_of_the_contract_types()
    {
        var violations = ArchitectureRules.ContractsWithBehaviour(ClinicAssemblies.Fixture);

        violations.ShouldContain("Clinic.Fixtures.Contracts.ContractWithBehaviour is neither a record, an interface, an enum nor constants");
        violations.ShouldNotContain(v => v.StartsWith("Clinic.Fixtures.Contracts.Fixture", StringComparison.Ordinal));
    }
}
