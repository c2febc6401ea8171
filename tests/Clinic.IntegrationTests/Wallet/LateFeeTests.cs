using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Wallet.Adapters.Payments.Development;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Development;
using Clinic.Wallet.Features.Development.AuthenticateDevelopmentPayment;
using Clinic.Wallet.Features.Development.ConfirmDevelopmentPayment;
using Clinic.Wallet.Features.MyWallet.ListMyPayments;
using Clinic.Wallet.Features.PayLinks;
using Clinic.Wallet.Features.PayLinks.StartPayLinkPayment;
using Clinic.Wallet.Features.Staff.ListPayments;
using Clinic.Wallet.Features.Staff.WaiveFee;
using Clinic.Wallet.Features.Views;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>
/// PP15: a late cancellation charges the policy's fee to the card on file, off-session, through the outbox. A
/// decline or the bank asking for authentication leaves the fee outstanding with a pay link emailed; retries
/// follow; staff can waive it.
/// </summary>
public sealed class LateFeeTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = WalletScenario.NewFactory();
    private WalletScenario scenario = null!;
    private HttpClient lucia = null!;

    public async Task InitializeAsync()
    {
        scenario = await WalletScenario.CreateAsync(factory);
        lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        await scenario.SetLateFeeAsync(2500);
        await scenario.TurnCardCheckOffAsync();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Guid> CancelLateAndChargeAsync(bool removeCardAfterBooking = false)
    {
        var booked = await scenario.BookAsync(lucia, WalletScenario.TuesdayTen, removeCardAfterBooking);
        await WalletScenario.CancelLateAsync(lucia, booked.AppointmentId);
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();
        await scenario.DeliverEventsAsync();
        return booked.AppointmentId;
    }

    [Fact]
    public async Task Given_a_card_on_file_When_the_patient_cancels_late_Then_the_fee_is_charged_to_it_off_session_and_a_receipt_is_announced()
    {
        var card = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success);

        var appointmentId = await CancelLateAndChargeAsync();

        var payment = await scenario.WalletAsync(db => db.Payments.SingleAsync());
        (payment.Kind, payment.Status, payment.Key, payment.CapturedMinor, payment.Currency).ShouldBe(
            (PaymentKind.LateCancellationFee, PaymentStatus.Succeeded, $"latefee:{appointmentId}", 2500L, "EUR"));
        (payment.CardId, payment.CardLast4).ShouldBe(((Guid?)card.Id, "4242"));
        var receipt = (await scenario.WalletEventsAsync<FeeCharged>()).Single();
        (receipt.ChargedMinor, receipt.Card, receipt.Visit.AppointmentId, receipt.Patient.Email).ShouldBe((2500L, new PaymentCardLabel("visa", "4242"), appointmentId, "lucia@example.com"));
        var mine = await (await lucia.GetAsync("/api/portal/payments")).ShouldBeJsonAsync<MyPayments>();
        mine.Payments.Single().ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PaymentStatus.Succeeded),
            p => p.AppointmentId.ShouldBe(appointmentId),
            p => p.Outstanding.ShouldBeFalse(),
            p => p.Actions.ShouldBeEmpty());
        var day = await (await scenario.Clinic.Admin.GetAsync($"/api/admin/payments?from={Availability.AvailabilityScenario.Iso(0)}")).ShouldBeJsonAsync<PaymentList>();
        (day.Payments.Single().Id, day.TakenMinor, day.OutstandingMinor).ShouldBe((payment.Id, 2500L, 0L));
        day.Payments.Single().Actions.Single().ShouldSatisfyAllConditions(a => a.Kind.ShouldBe(OperationKind.Charge), a => a.Outcome.ShouldBe("succeeded"));
    }

    [Fact]
    public async Task Given_a_cancellation_inside_the_window_without_a_fee_or_in_time_When_delivered_Then_nothing_is_charged()
    {
        await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success);
        var inTime = await scenario.BookAsync(lucia, WalletScenario.ThursdayTen);
        await WalletScenario.CancelLateAsync(lucia, inTime.AppointmentId);

        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();

        (await scenario.WalletAsync(db => db.Payments.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Given_insufficient_funds_When_the_fee_is_declined_Then_it_is_outstanding_with_one_pay_link_email_and_the_card_is_tried_again_a_day_later()
    {
        await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.InsufficientFunds, "9995");

        await CancelLateAndChargeAsync();

        var payment = await scenario.WalletAsync(db => db.Payments.SingleAsync());
        (payment.Status, payment.FailureReason, payment.Attempts).ShouldBe((PaymentStatus.Failed, "insufficient_funds", 1));
        payment.NextRetryAt.ShouldBe(factory.Clock!.GetUtcNow().AddDays(1));
        var failed = (await scenario.WalletEventsAsync<FeePaymentFailed>()).Single();
        (failed.Reason, failed.AmountMinor, failed.NextRetryAt).ShouldBe(("insufficient_funds", 2500L, payment.NextRetryAt));
        failed.PayUrl.ShouldStartWith("http://localhost:5080/pay/");
        var outstanding = await (await scenario.Clinic.Admin.GetAsync("/api/admin/payments?outstandingOnly=true")).ShouldBeJsonAsync<PaymentList>();
        (outstanding.Payments.Single().Id, outstanding.OutstandingMinor).ShouldBe((payment.Id, 2500L));

        (await scenario.RunPaymentsAsync()).ShouldBe(0, "the retry waits for its day");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await scenario.RunPaymentsAsync()).ShouldBe(1);
        await scenario.DeliverEventsAsync();

        var retried = await scenario.WalletAsync(db => db.Payments.SingleAsync());
        (retried.Status, retried.Attempts).ShouldBe((PaymentStatus.Failed, 2));
        retried.NextRetryAt.ShouldBe(factory.Clock.GetUtcNow().AddDays(3));
        (await scenario.WalletEventsAsync<FeePaymentFailed>()).Count.ShouldBe(1, "the pay link is emailed once");
        var keys = await scenario.WalletAsync(db => db.PaymentOperations.OrderBy(o => o.CreatedAt).Select(o => o.Key).ToListAsync());
        keys.ShouldBe([payment.Key, $"{payment.Key}:attempt:2", $"{payment.Key}:attempt:3"]);
    }

    [Fact]
    public async Task Given_a_card_that_needs_authentication_When_the_fee_is_charged_Then_the_patient_gets_a_pay_link_and_paying_through_it_settles_the_fee_once()
    {
        await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.AuthenticationRequired, "3184");

        await CancelLateAndChargeAsync();

        var payment = await scenario.WalletAsync(db => db.Payments.SingleAsync());
        (payment.Status, payment.FailureReason, payment.NextRetryAt).ShouldBe((PaymentStatus.RequiresAction, "authentication_required", (DateTimeOffset?)null));
        var token = new Uri((await scenario.WalletEventsAsync<FeePaymentFailed>()).Single().PayUrl).Segments.Last();
        var guest = factory.CreateBrowserClient();
        var link = await (await guest.GetAsync($"/api/payments/pay-links/{token}")).ShouldBeJsonAsync<PayLinkView>();
        (link.State, link.AmountMinor, link.FailureReason, link.Gateway).ShouldBe((PayLinkState.Due, 2500L, "authentication_required", "Development"));

        var started = await (await guest.PostAsync($"/api/payments/pay-links/{token}/start", null)).ShouldBeJsonAsync<PayLinkPayment>();
        var again = await (await guest.PostAsync($"/api/payments/pay-links/{token}/start", null)).ShouldBeJsonAsync<PayLinkPayment>();
        var challenge = await (await guest.PostAsJsonAsync($"/api/payments/development/payments/{started.GatewayPaymentId}/confirm",
            new ConfirmDevelopmentPayment(started.ClientSecret, null))).ShouldBeJsonAsync<DevelopmentGatewayResult>();
        var passed = await (await guest.PostAsJsonAsync($"/api/payments/development/payments/{started.GatewayPaymentId}/authenticate",
            new AuthenticateDevelopmentPayment(started.ClientSecret, true))).ShouldBeJsonAsync<DevelopmentGatewayResult>();
        var paid = await (await guest.PostAsync($"/api/payments/pay-links/{token}/refresh", null)).ShouldBeJsonAsync<PayLinkView>();
        await (await guest.PostAsync($"/api/payments/pay-links/{token}/refresh", null)).ShouldBeJsonAsync<PayLinkView>();
        await scenario.DeliverEventsAsync();

        again.GatewayPaymentId.ShouldBe(started.GatewayPaymentId);
        (challenge.Status, passed.Status, paid.State).ShouldBe(("requires_action", "succeeded", PayLinkState.Paid));
        (await scenario.WalletAsync(db => db.Payments.SingleAsync())).ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PaymentStatus.Succeeded), p => p.CapturedMinor.ShouldBe(2500));
        (await scenario.WalletEventsAsync<FeeCharged>()).Single().ChargedMinor.ShouldBe(2500);
        (await (await guest.PostAsync($"/api/payments/pay-links/{token}/start", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe("This fee has already been paid. Thank you.");
        (await guest.GetAsync("/api/payments/pay-links/not-a-real-token")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_no_card_on_file_When_the_fee_falls_due_Then_it_is_outstanding_and_the_patient_pays_it_with_a_new_card_through_the_link()
    {
        await CancelLateAndChargeAsync(removeCardAfterBooking: true);

        var failed = (await scenario.WalletEventsAsync<FeePaymentFailed>()).Single();
        failed.Reason.ShouldBe("no_card_on_file");
        var token = new Uri(failed.PayUrl).Segments.Last();
        var guest = factory.CreateBrowserClient();
        var started = await (await guest.PostAsync($"/api/payments/pay-links/{token}/start", null)).ShouldBeJsonAsync<PayLinkPayment>();
        var declined = await (await guest.PostAsJsonAsync($"/api/payments/development/payments/{started.GatewayPaymentId}/confirm",
            new ConfirmDevelopmentPayment(started.ClientSecret, new DevelopmentCard(DevelopmentCardScenario.Decline, "visa", "0002", 1, WalletScenario.CardExpiryYear)))).ShouldBeJsonAsync<DevelopmentGatewayResult>();
        var accepted = await (await guest.PostAsJsonAsync($"/api/payments/development/payments/{started.GatewayPaymentId}/confirm",
            new ConfirmDevelopmentPayment(started.ClientSecret, new DevelopmentCard(DevelopmentCardScenario.Success, "visa", "4242", 1, WalletScenario.CardExpiryYear)))).ShouldBeJsonAsync<DevelopmentGatewayResult>();
        var paid = await (await guest.PostAsync($"/api/payments/pay-links/{token}/refresh", null)).ShouldBeJsonAsync<PayLinkView>();

        (declined.Status, declined.FailureReason).ShouldBe(("requires_payment_method", "card_declined"));
        (accepted.Status, paid.State).ShouldBe(("succeeded", PayLinkState.Paid));
    }

    [Fact]
    public async Task Given_a_declined_fee_When_the_patient_adds_another_card_Then_it_becomes_the_default_and_the_fee_is_charged_to_it_at_once()
    {
        await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.InsufficientFunds, "9995");
        await CancelLateAndChargeAsync();

        var added = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success, "4242");
        await scenario.RunPaymentsAsync();
        await scenario.DeliverEventsAsync();

        added.IsDefault.ShouldBeTrue();
        (await scenario.WalletAsync(db => db.Payments.SingleAsync())).ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PaymentStatus.Succeeded), p => p.CardLast4.ShouldBe("4242"), p => p.Attempts.ShouldBe(2));
        (await scenario.WalletEventsAsync<FeeCharged>()).Single().Card!.Last4.ShouldBe("4242");
        (await scenario.WalletAsync(db => db.PaymentOperations.CountAsync(o => o.Status == OperationStatus.Pending))).ShouldBe(0, "the planned retry was brought forward, not doubled");
    }

    [Fact]
    public async Task Given_an_outstanding_fee_When_staff_waive_it_with_a_reason_Then_no_attempt_follows_and_its_pay_link_takes_no_money()
    {
        await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.InsufficientFunds, "9995");
        await CancelLateAndChargeAsync();
        var payment = await scenario.WalletAsync(db => db.Payments.SingleAsync());
        var token = new Uri((await scenario.WalletEventsAsync<FeePaymentFailed>()).Single().PayUrl).Segments.Last();
        var desk = factory.CreateClientAs(ClinicRoles.FrontDesk);

        var noReason = await desk.PostAsJsonAsync($"/api/admin/payments/{payment.Id}/waive", new WaiveFee(""));
        var byProvider = await factory.CreateClientAs(ClinicRoles.Provider).PostAsJsonAsync($"/api/admin/payments/{payment.Id}/waive", new WaiveFee("x"));
        var waived = await (await desk.PostAsJsonAsync($"/api/admin/payments/{payment.Id}/waive", new WaiveFee("Emergencia médica justificada")))
            .ShouldBeJsonAsync<PaymentView>();
        factory.Clock!.Advance(TimeSpan.FromDays(5));
        await scenario.RunPaymentsAsync();

        (await noReason.ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("reason");
        byProvider.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (waived.Status, waived.Outstanding, waived.WaiveReason).ShouldBe((PaymentStatus.Waived, false, "Emergencia médica justificada"));
        waived.Actions.Single(a => a.Kind == OperationKind.Release).Outcome.ShouldBe("canceled");
        waived.Actions.Single(a => a.Kind == OperationKind.Retry).ShouldSatisfyAllConditions(
            a => a.Status.ShouldBe(OperationStatus.Done), a => a.Outcome.ShouldBe("called off: the fee was waived"));
        (await scenario.WalletAsync(db => db.Payments.SingleAsync())).ShouldSatisfyAllConditions(p => p.Status.ShouldBe(PaymentStatus.Waived), p => p.CapturedMinor.ShouldBe(0));
        (await factory.CreateBrowserClient().PostAsync($"/api/payments/pay-links/{token}/start", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await desk.PostAsync($"/api/admin/payments/{payment.Id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await scenario.WalletAsync(db => db.Audit.Where(a => a.Action == "fee.waived").Select(a => a.Actor + "|" + a.Reason).SingleAsync()))
            .ShouldEndWith("|Emergencia médica justificada");
    }
}
