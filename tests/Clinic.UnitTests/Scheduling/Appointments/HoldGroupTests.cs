using Clinic.Scheduling.Domain.Appointments;

namespace Clinic.UnitTests.Scheduling.Appointments;

public sealed class HoldGroupTests
{
    [Fact]
    public void Given_the_same_holds_in_another_order_When_keyed_Then_the_key_is_the_same_so_a_retry_is_recognised()
    {
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();

        HoldGroup.Of([first, second]).Key.ShouldBe(HoldGroup.Of([second, first]).Key);
        HoldGroup.Of([first, second]).Key.ShouldMatch("^[0-9a-f]{32}$");
    }

    [Fact]
    public void Given_different_holds_When_keyed_Then_the_keys_differ()
    {
        var shared = Guid.NewGuid();

        HoldGroup.Of([shared]).Key.ShouldNotBe(HoldGroup.Of([shared, Guid.NewGuid()]).Key);
    }
}
