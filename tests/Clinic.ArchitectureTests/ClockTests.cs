namespace Clinic.ArchitectureTests;

public sealed class ClockTests
{
    [Fact]
    public void Given_the_product_When_its_code_is_read_Then_nothing_reads_the_machine_clock_directly()
    {
        ClinicAssemblies.Product.Count.ShouldBeGreaterThan(5);
        ClinicAssemblies.Product.SelectMany(ClockRule.MachineClockReads).ShouldBeEmpty();
    }

    [Fact]
    public void Given_code_that_reads_the_machine_clock_When_checked_Then_the_rule_names_each_read()
    {
        var violations = ClockRule.MachineClockReads(ClinicAssemblies.Fixture);

        violations.ShouldContain(v => v.Contains("ClockReader.Stamp", StringComparison.Ordinal) && v.EndsWith("UtcNow of DateTimeOffset", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("ClockReader.Today", StringComparison.Ordinal) && v.EndsWith("Today of DateTime", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("ClockReader", StringComparison.Ordinal) && v.EndsWith("Now of DateTime", StringComparison.Ordinal), "a lambda's read is found too");
    }
}
