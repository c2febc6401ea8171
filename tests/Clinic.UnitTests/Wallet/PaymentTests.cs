using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Payments;

namespace Clinic.UnitTests.Wallet;

public sealed class PaymentTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly PaymentAppointmentSnapshot Visit = new(Guid.NewGuid(), "Limpieza", Now.AddDays(1), "Europe/Madrid", "Sede Centro");

    private static Payment Fee(long amount = 2500, long covered = 0) =>
        Payment.ForFee(PaymentKind.LateCancellationFee, Guid.NewGuid(), new PaymentPatientSnapshot("Lucía", "l@example.com", "es"), Visit, amount, "eur", Now, covered);

    private static GatewayPayment Result(GatewayPaymentStatus status, long received = 0, GatewayFailure? failure = null) =>
        new("pi_1", status, 2500, "EUR", 0, received, "pm_1", "pi_1_secret", failure);

    [Fact]
    public void Given_a_fee_When_created_Then_its_key_names_the_appointment_and_it_is_outstanding()
    {
        var fee = Fee();

        (fee.Key, fee.Currency, fee.IsOutstanding, fee.ToChargeMinor).ShouldBe(($"latefee:{Visit.AppointmentId}", "EUR", true, 2500L));
    }

    [Fact]
    public void Given_a_pending_fee_When_the_processor_succeeds_twice_Then_only_the_first_record_reports_the_success()
    {
        var fee = Fee();

        var first = fee.Record(Result(GatewayPaymentStatus.Succeeded, 2500), Now);
        var second = fee.Record(Result(GatewayPaymentStatus.Succeeded, 2500), Now);

        (first.BecameSucceeded, second.BecameSucceeded).ShouldBe((true, false));
        (fee.CapturedMinor, fee.IsOutstanding).ShouldBe((2500L, false));
    }

    [Fact]
    public void Given_a_decline_then_a_second_decline_When_recorded_Then_only_the_first_makes_the_fee_unpaid_and_the_reason_is_kept()
    {
        var fee = Fee();

        var first = fee.Record(Result(GatewayPaymentStatus.RequiresPaymentMethod, failure: new GatewayFailure(DeclineReasons.InsufficientFunds, "no funds")), Now);
        var second = fee.Record(Result(GatewayPaymentStatus.RequiresPaymentMethod, failure: new GatewayFailure(DeclineReasons.Declined, "no")), Now);

        (first.BecameUnpaid, second.BecameUnpaid).ShouldBe((true, false));
        (fee.Status, fee.FailureReason).ShouldBe((PaymentStatus.Failed, DeclineReasons.Declined));
    }

    [Fact]
    public void Given_authentication_required_off_session_When_recorded_Then_the_fee_needs_the_patient()
    {
        var fee = Fee();

        fee.Record(Result(GatewayPaymentStatus.RequiresPaymentMethod, failure: new GatewayFailure(DeclineReasons.AuthenticationRequired, "auth")), Now);

        (fee.Status, fee.IsOutstanding).ShouldBe((PaymentStatus.RequiresAction, true));
    }

    [Fact]
    public void Given_a_charged_fee_When_refunds_add_up_Then_no_more_than_was_taken_can_be_refunded_and_only_in_its_currency()
    {
        var fee = Fee();
        fee.Record(Result(GatewayPaymentStatus.Succeeded, 2500), Now);

        fee.Refund(1000, "EUR", Now);
        var tooMuch = Should.Throw<BusinessRuleException>(() => fee.Refund(1501, "EUR", Now));
        var dollars = Should.Throw<BusinessRuleException>(() => fee.Refund(100, "USD", Now));
        fee.Refund(1500, "eur", Now);

        tooMuch.Message.ShouldBe("At most 1500 (minor units of EUR) of this payment can still be refunded.");
        dollars.Message.ShouldBe("This payment is in EUR; a refund must be in EUR too.");
        fee.RefundableMinor.ShouldBe(0);
    }

    [Fact]
    public void Given_an_outstanding_fee_When_waived_Then_it_is_no_longer_owed_and_a_paid_one_cannot_be_waived()
    {
        var owed = Fee();
        var paid = Fee();
        paid.Record(Result(GatewayPaymentStatus.Succeeded, 2500), Now);

        owed.Waive("  Emergencia  ", Now);

        (owed.Status, owed.IsOutstanding, owed.WaiveReason).ShouldBe((PaymentStatus.Waived, false, "Emergencia"));
        Should.Throw<ConflictException>(() => paid.Waive("x", Now)).Message.ShouldBe("This fee has already been paid; refund it instead.");
    }

    [Fact]
    public void Given_a_deposit_covering_part_of_a_fee_When_created_Then_only_the_rest_is_asked_of_the_card_and_a_whole_cover_settles_it()
    {
        var part = Fee(2500, covered: 1000);
        var whole = Fee(2500, covered: 4000);

        whole.SettleFromDeposit(Now);

        (part.ToChargeMinor, part.CoveredByDepositMinor).ShouldBe((1500L, 1000L));
        (whole.ToChargeMinor, whole.Status, whole.CapturedMinor).ShouldBe((0L, PaymentStatus.Succeeded, 0L));
    }

    [Theory]
    [InlineData("card_declined", "insufficient_funds", DeclineReasons.InsufficientFunds)]
    [InlineData("card_declined", "lost_card", DeclineReasons.Declined)]
    [InlineData("expired_card", null, DeclineReasons.ExpiredCard)]
    [InlineData("authentication_required", "authentication_required", DeclineReasons.AuthenticationRequired)]
    [InlineData("payment_intent_authentication_failure", null, DeclineReasons.AuthenticationFailed)]
    [InlineData("incorrect_cvc", null, DeclineReasons.IncorrectCvc)]
    public void Given_stripes_codes_When_normalized_Then_the_spa_gets_a_word_it_translates(string code, string? declineCode, string expected) =>
        DeclineReasons.Normalize(code, declineCode).ShouldBe(expected);
}
