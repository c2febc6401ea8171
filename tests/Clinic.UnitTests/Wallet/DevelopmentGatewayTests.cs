using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Adapters.Payments.Development;

namespace Clinic.UnitTests.Wallet;

/// <summary>The offline gateway behaves like Stripe for its test cards, and honours idempotency keys like Stripe does.</summary>
public sealed class DevelopmentGatewayTests
{
    private readonly DevelopmentPaymentGateway gateway = new();

    private async Task<string> SavedCardAsync(DevelopmentCardScenario scenario)
    {
        var setup = await gateway.CreateSetupAsync("cus_dev_1", Guid.NewGuid().ToString(), CancellationToken.None);
        var confirmed = gateway.ConfirmSetup(setup.Id, setup.ClientSecret, new DevelopmentCard(scenario, "visa", "4242", 12, 2040));
        if (confirmed.Status == GatewaySetupStatus.RequiresAction)
        {
            confirmed = gateway.AuthenticateSetup(setup.Id, setup.ClientSecret, approve: true);
        }

        return confirmed.PaymentMethodId!;
    }

    private static GatewayPaymentRequest Request(string card, long amount = 2500) => new(amount, "EUR", "cus_dev_1", card, "fee", "ref");

    [Fact]
    public async Task Given_the_same_key_twice_When_charging_Then_one_payment_is_made_and_both_answers_name_it()
    {
        var card = await SavedCardAsync(DevelopmentCardScenario.Success);

        var first = await gateway.ChargeOffSessionAsync(Request(card), "latefee:a", CancellationToken.None);
        var second = await gateway.ChargeOffSessionAsync(Request(card), "latefee:a", CancellationToken.None);
        var other = await gateway.ChargeOffSessionAsync(Request(card), "latefee:b", CancellationToken.None);

        second.Id.ShouldBe(first.Id);
        other.Id.ShouldNotBe(first.Id);
        first.Status.ShouldBe(GatewayPaymentStatus.Succeeded);
    }

    [Fact]
    public async Task Given_each_test_card_When_used_Then_it_behaves_like_stripes_card_of_the_same_number()
    {
        var success = await SavedCardAsync(DevelopmentCardScenario.Success);
        var noFunds = await SavedCardAsync(DevelopmentCardScenario.InsufficientFunds);
        var authentication = await SavedCardAsync(DevelopmentCardScenario.AuthenticationRequired);
        var declineSetup = await gateway.CreateSetupAsync("cus_dev_1", "setup-decline", CancellationToken.None);

        var declined = gateway.ConfirmSetup(declineSetup.Id, declineSetup.ClientSecret, new DevelopmentCard(DevelopmentCardScenario.Decline, "visa", "0002", 1, 2040));
        var held = await gateway.AuthorizeAsync(Request(success, 50), "cardcheck:g", CancellationToken.None);
        var refused = await gateway.AuthorizeAsync(Request(noFunds, 5000), "deposit:g", CancellationToken.None);
        var challenged = await gateway.AuthorizeAsync(Request(authentication, 5000), "deposit:h", CancellationToken.None);
        var offSession = await gateway.ChargeOffSessionAsync(Request(authentication), "noshow:x", CancellationToken.None);

        (declined.Status, declined.Failure!.Reason).ShouldBe((GatewaySetupStatus.RequiresPaymentMethod, DeclineReasons.Declined));
        (held.Status, held.AmountCapturable).ShouldBe((GatewayPaymentStatus.RequiresCapture, 50L));
        refused.Failure!.Reason.ShouldBe(DeclineReasons.InsufficientFunds);
        challenged.Status.ShouldBe(GatewayPaymentStatus.RequiresAction);
        gateway.AuthenticatePayment(challenged.Id, challenged.ClientSecret!, approve: true).Status.ShouldBe(GatewayPaymentStatus.RequiresCapture);
        offSession.Failure!.Reason.ShouldBe(DeclineReasons.AuthenticationRequired);
    }

    [Fact]
    public async Task Given_a_held_card_check_When_released_Then_nothing_can_be_captured_and_a_saved_card_reads_back_after_a_restart()
    {
        var card = await SavedCardAsync(DevelopmentCardScenario.Success);
        var held = await gateway.AuthorizeAsync(Request(card, 50), "cardcheck:k", CancellationToken.None);

        var released = await gateway.CancelAsync(held.Id, "release:cardcheck:k", CancellationToken.None);
        var details = await new DevelopmentPaymentGateway().GetCardAsync(card, CancellationToken.None);

        (released.Status, released.AmountCapturable, released.AmountReceived).ShouldBe((GatewayPaymentStatus.Canceled, 0L, 0L));
        await Should.ThrowAsync<PaymentGatewayUnavailableException>(() => gateway.CaptureAsync(held.Id, 50, "capture:k", CancellationToken.None));
        (details.Brand, details.Last4, details.ExpMonth, details.ExpYear).ShouldBe(("visa", "4242", 12, 2040));
    }
}
