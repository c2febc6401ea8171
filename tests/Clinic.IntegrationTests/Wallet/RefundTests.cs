using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Wallet.Adapters.Payments.Development;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Staff.GetPatientWallet;
using Clinic.Wallet.Features.Staff.RefundPayment;
using Clinic.Wallet.Features.Views;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>Staff refund a fee that was charged, fully or in part, to the card or as wallet credit, with a reason; bad requests change nothing.</summary>
public sealed class RefundTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = WalletScenario.NewFactory();
    private WalletScenario scenario = null!;
    private HttpClient desk = null!;
    private Payment fee = null!;
    private Guid patientId;

    public async Task InitializeAsync()
    {
        scenario = await WalletScenario.CreateAsync(factory);
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        patientId = await scenario.PatientIdAsync("lucia@example.com");
        await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success);
        await scenario.SetLateFeeAsync(2500);
        await scenario.TurnCardCheckOffAsync();
        var booked = await scenario.BookAsync(lucia, WalletScenario.TuesdayTen);
        await WalletScenario.CancelLateAsync(lucia, booked.AppointmentId);
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();
        fee = await scenario.WalletAsync(db => db.Payments.SingleAsync());
        fee.Status.ShouldBe(PaymentStatus.Succeeded);
        desk = factory.CreateClientAs(ClinicRoles.FrontDesk);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> RefundAsync(long amount, string currency = "EUR", string reason = "Cortesía", bool asCredit = false, HttpClient? as_ = null) =>
        (as_ ?? desk).PostAsJsonAsync($"/api/admin/payments/{fee.Id}/refund", new RefundPayment(amount, currency, reason, asCredit));

    [Fact]
    public async Task Given_a_charged_fee_When_staff_refund_part_to_the_card_and_part_as_credit_Then_both_are_recorded_audited_and_announced()
    {
        var toCard = await (await RefundAsync(1000, reason: "Llegó tarde por una avería del metro")).ShouldBeJsonAsync<PaymentView>();
        var asCredit = await (await RefundAsync(500, reason: "Buena voluntad", asCredit: true)).ShouldBeJsonAsync<PaymentView>();
        await scenario.DeliverEventsAsync();

        (toCard.RefundedMinor, toCard.RefundableMinor).ShouldBe((1000L, 1500L));
        toCard.Actions.Last().ShouldSatisfyAllConditions(a => a.Kind.ShouldBe(OperationKind.Refund), a => a.Outcome.ShouldBe("refunded"), a => a.Reason.ShouldBe("Llegó tarde por una avería del metro"));
        (asCredit.RefundedMinor, asCredit.RefundableMinor).ShouldBe((1500L, 1000L));
        var refunds = await scenario.WalletEventsAsync<PaymentRefunded>();
        refunds.Select(r => (r.RefundedMinor, r.AsCredit, r.Card?.Last4)).ShouldBe([(1000L, false, (string?)"4242"), (500L, true, (string?)null)]);
        var record = await (await desk.GetAsync($"/api/admin/patients/{patientId}/wallet")).ShouldBeJsonAsync<PatientWalletView>();
        record.Wallet.BalanceMinor.ShouldBe(500);
        record.Wallet.Entries.Single().ShouldSatisfyAllConditions(e => e.Kind.ShouldBe(WalletEntryKind.RefundCredit), e => e.Reason.ShouldBe("Buena voluntad"));
        (await scenario.WalletAsync(db => db.Audit.CountAsync(a => a.Action == "refund.requested"))).ShouldBe(2);
    }

    [Fact]
    public async Task Given_bad_refunds_When_staff_send_them_Then_each_is_refused_with_its_reason_and_nothing_is_written()
    {
        var before = await scenario.WalletRowsAsync();

        var zero = await RefundAsync(0);
        var negative = await RefundAsync(-100);
        var noReason = await RefundAsync(100, reason: " ");
        var dollars = await RefundAsync(100, currency: "USD");
        var tooMuch = await RefundAsync(2501);
        var unknown = await desk.PostAsJsonAsync($"/api/admin/payments/{Guid.NewGuid()}/refund", new RefundPayment(100, "EUR", "x", false));
        var provider = await RefundAsync(100, as_: factory.CreateClientAs(ClinicRoles.Provider));
        var patient = await RefundAsync(100, as_: await new IdentityApi(factory).RegisteredPatientAsync("pedro@example.com", "Pedro", "Gil"));

        (await zero.ShouldBeValidationProblemAsync()).Errors["amountMinor"].ShouldBe(["Refund an amount greater than zero."]);
        (await negative.ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("amountMinor");
        (await noReason.ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("reason");
        (await dollars.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail.ShouldBe("This payment is in EUR; a refund must be in EUR too.");
        (await tooMuch.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail.ShouldBe("At most 2500 (minor units of EUR) of this payment can still be refunded.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        provider.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        patient.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scenario.WalletRowsAsync()).ShouldBe(before);
        (await scenario.WalletAsync(db => db.Payments.SingleAsync())).RefundedMinor.ShouldBe(0);
    }

    [Fact]
    public async Task Given_the_whole_fee_refunded_When_staff_try_to_refund_again_Then_it_is_refused()
    {
        await (await RefundAsync(2500)).ShouldBeJsonAsync<PaymentView>();

        var again = await RefundAsync(1);

        (await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail.ShouldBe("At most 0 (minor units of EUR) of this payment can still be refunded.");
        (await scenario.WalletAsync(db => db.PaymentOperations.CountAsync(o => o.Kind == OperationKind.Refund))).ShouldBe(1);
    }
}
