using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Domain.Ledger;

namespace Clinic.UnitTests.Wallet;

public sealed class WalletLedgerTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Laser = Guid.NewGuid();

    [Fact]
    public void Given_an_account_When_credit_is_added_taken_and_spent_Then_each_line_carries_the_balance_after_it_and_its_place()
    {
        var account = WalletAccount.Open(Guid.NewGuid(), "eur");

        var gift = account.Add(WalletEntryKind.Gift, 1000, "EUR", "Gift", "birthday", "Ana", Now);
        var taken = account.Deduct(300, "EUR", "Correction", "typo", "Ana", Now);
        var spent = account.Spend(5000, Guid.NewGuid(), "Limpieza", Now);
        var nothing = account.Spend(100, Guid.NewGuid(), "Peeling", Now);

        new[] { gift, taken, spent! }.Select(e => (e.Number, e.AmountMinor, e.BalanceAfterMinor)).ShouldBe([(1, 1000L, 1000L), (2, -300L, 700L), (3, -700L, 0L)]);
        nothing.ShouldBeNull();
        spent!.Key.ShouldBe($"credit:{spent.AppointmentId}");
    }

    [Fact]
    public void Given_an_account_When_asked_for_a_bad_amount_or_currency_Then_it_refuses_and_stays_as_it_was()
    {
        var account = WalletAccount.Open(Guid.NewGuid(), "EUR");
        account.Add(WalletEntryKind.Goodwill, 500, "EUR", "Goodwill", null, "Ana", Now);

        Should.Throw<BusinessRuleException>(() => account.Add(WalletEntryKind.Gift, 0, "EUR", "x", null, "Ana", Now));
        Should.Throw<BusinessRuleException>(() => account.Add(WalletEntryKind.Gift, 100, "USD", "x", null, "Ana", Now));
        Should.Throw<BusinessRuleException>(() => account.Deduct(501, "EUR", "x", "y", "Ana", Now));

        (account.BalanceMinor, account.Revision).ShouldBe((500L, 1));
    }

    [Fact]
    public void Given_a_package_When_sessions_are_used_Then_they_run_out_and_it_expires_after_its_validity()
    {
        var product = PackageProduct.Create("Bono 2 láser", [new PackageProductLine(Laser, "Láser", 2)], validityDays: 30, 9000, "EUR", Now);
        var package = PatientPackage.Assign(Guid.NewGuid(), product, 9000, Now);

        package.UseSession(Laser);
        package.UseSession(Laser);

        package.RemainingFor(Laser).ShouldBe(0);
        Should.Throw<ConflictException>(() => package.UseSession(Laser));
        package.IsUsableAt(Now.AddDays(29)).ShouldBeTrue();
        package.IsUsableAt(Now.AddDays(30)).ShouldBeFalse();
    }

    [Fact]
    public void Given_a_product_no_longer_sold_When_assigned_Then_it_is_refused()
    {
        var product = PackageProduct.Create("Bono", [new PackageProductLine(Laser, "Láser", 5)], 365, 10000, "EUR", Now);
        product.Deactivate();

        Should.Throw<ConflictException>(() => PatientPackage.Assign(Guid.NewGuid(), product, 0, Now)).Message.ShouldBe("The package 'Bono' is no longer sold.");
    }
}
