using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Booking;
using Clinic.IntegrationTests.Catalog;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Contracts.Booking;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Features.Booking.ExtendSlotHolds;
using Clinic.Scheduling.Features.Booking.PlaceSlotHold;
using Clinic.Scheduling.Features.Schedules;
using Clinic.Scheduling.Persistence;
using Clinic.Wallet.Adapters.Payments.Development;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Booking;
using Clinic.Wallet.Features.Booking.AuthorizeBookingPayment;
using Clinic.Wallet.Features.Booking.StartBookingPayment;
using Clinic.Wallet.Features.Development;
using Clinic.Wallet.Features.Development.AuthenticateDevelopmentPayment;
using Clinic.Wallet.Features.Development.AuthenticateDevelopmentSetup;
using Clinic.Wallet.Features.Development.ConfirmDevelopmentSetup;
using Clinic.Wallet.Features.MyWallet.ListMyPayments;
using Clinic.Wallet.Features.Settings.UpdateWalletSettings;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>
/// OB8 / OB9 and ADR 0012: a booking with a deposit, or under a policy with fees, is not secured until a card is
/// validated — the deposit authorized (captured when the booking commits) or the 0.50 card check held and released.
/// A declined card books nothing; a card step nobody confirms gives its authorizations back.
/// </summary>
public sealed class PaidBookingTests : IAsyncLifetime
{
    private const long Deposit = 5000;
    private readonly ClinicApiFactory factory = WalletScenario.NewFactory();
    private WalletScenario scenario = null!;
    private Guid laser;
    private Guid dora;

    public async Task InitializeAsync()
    {
        scenario = await WalletScenario.CreateAsync(factory);
        var api = new CatalogApi(scenario.Clinic.Admin);
        var category = await api.CreateCategoryAsync("Láser", 2);
        laser = (await api.CreateServiceAsync(category.Id, "Depilación láser", minutes: 30, price: 12000, deposit: Deposit)).Id;
        dora = (await api.CreateProviderAsync("Dora", [laser, scenario.Clinic.ServiceA], [scenario.Clinic.Location])).Id;
        await scenario.Clinic.SetWeekdaysAsync(dora, new TimeRange("09:00", "14:00"));
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private static HoldProof Proof(SlotHoldResponse hold) => new(hold.HoldId, hold.HoldToken);

    private Task<SlotHoldResponse> HoldAsync(HttpClient browser, Guid service, int hour = 10) =>
        scenario.Flow.HoldAsync(browser, Availability.AvailabilityScenario.At(2, hour), dora, service);

    private static async Task<BookingPaymentStep> StartAsync(HttpClient browser, SlotHoldResponse hold, BookingPayer? payer = null) =>
        await (await browser.PostAsJsonAsync("/api/booking/payment", new StartBookingPayment([Proof(hold)], payer))).ShouldBeJsonAsync<BookingPaymentStep>();

    private static Task<HttpResponseMessage> AuthorizeAsync(HttpClient browser, SlotHoldResponse hold) =>
        browser.PostAsJsonAsync("/api/booking/payment/authorize", new AuthorizeBookingPayment([Proof(hold)]));

    /// <summary>What the development card form does with a test card; the bank's challenge is passed when it asks.</summary>
    private static async Task<DevelopmentGatewayResult> EnterCardAsync(HttpClient browser, BookingPaymentStep step, DevelopmentCardScenario card, string last4)
    {
        var result = await (await browser.PostAsJsonAsync($"/api/payments/development/setups/{step.SetupId}/confirm",
            new ConfirmDevelopmentSetup(step.ClientSecret!, new DevelopmentCard(card, "visa", last4, 12, WalletScenario.CardExpiryYear)))).ShouldBeJsonAsync<DevelopmentGatewayResult>();
        return result.Status == "requires_action"
            ? await (await browser.PostAsJsonAsync($"/api/payments/development/setups/{step.SetupId}/authenticate",
                new AuthenticateDevelopmentSetup(step.ClientSecret!, true))).ShouldBeJsonAsync<DevelopmentGatewayResult>()
            : result;
    }

    private async Task<BookingConfirmation> ConfirmAsync(HttpClient browser, SlotHoldResponse hold) =>
        await (await BookingFlow.ConfirmAsync(browser, BookingFlow.Booking(hold, null, null))).ShouldBeJsonAsync<BookingConfirmation>();

    private Task<Payment?> PaymentAsync(string key) => scenario.WalletAsync(db => db.Payments.SingleOrDefaultAsync(p => p.Key == key));

    private async Task<string> HoldKeyAsync(SlotHoldResponse hold) => (await scenario.WalletAsync(db => db.Checkouts.SingleAsync())).HoldKey;

    [Fact]
    public async Task Given_a_deposit_service_When_a_guest_confirms_without_a_validated_card_Then_it_is_refused_and_nothing_is_booked()
    {
        var guest = factory.CreateBrowserClient();
        var hold = await HoldAsync(guest, laser);
        var phone = await scenario.Flow.VerifyPhoneAsync(guest);

        var refused = await BookingFlow.ConfirmAsync(guest, BookingFlow.Booking(hold, BookingFlow.Guest(), phone));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Extensions["reason"]!.ToString().ShouldBe("card_required");
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().Appointments.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_deposit_service_When_a_guest_validates_a_test_card_and_confirms_Then_the_deposit_is_held_then_taken_once_with_a_receipt()
    {
        var guest = factory.CreateBrowserClient();
        var hold = await HoldAsync(guest, laser);
        var phone = await scenario.Flow.VerifyPhoneAsync(guest);

        var step = await StartAsync(guest, hold, new BookingPayer("Lucía Moreno Ruiz", "lucia.moreno@example.com", "es"));
        var again = await StartAsync(guest, hold);
        await EnterCardAsync(guest, step, DevelopmentCardScenario.Success, "4242");
        var secured = await (await AuthorizeAsync(guest, hold)).ShouldBeJsonAsync<BookingPaymentStep>();
        var confirmation = await (await BookingFlow.ConfirmAsync(guest, BookingFlow.Booking(hold, BookingFlow.Guest(), phone))).ShouldBeJsonAsync<BookingConfirmation>();
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();
        await scenario.DeliverEventsAsync();
        await scenario.DeliverEventsAsync();

        (step.CardRequired, step.Stage, step.DepositMinor, step.Currency, step.CardCheck).ShouldBe((true, BookingPaymentStage.EnterCard, Deposit, "EUR", false));
        again.SetupId.ShouldBe(step.SetupId, "a second start reuses the setup of the same booking");
        (secured.Stage, secured.Card).ShouldBe((BookingPaymentStage.Secured, new CardLabelView("visa", "4242")));
        var key = await HoldKeyAsync(hold);
        var deposit = (await PaymentAsync(BookingCheckout.DepositPaymentKey(key)))!;
        (deposit.Status, deposit.CapturedMinor, deposit.PatientId).ShouldBe((PaymentStatus.Succeeded, Deposit, (Guid?)confirmation.PatientId));
        var receipt = (await scenario.WalletEventsAsync<DepositReceived>()).Single();
        (receipt.AmountMinor, receipt.Card.Last4, receipt.Visits.Single().AppointmentId).ShouldBe((Deposit, "4242", confirmation.Appointments.Single().AppointmentId));
        (await scenario.WalletAsync(db => db.PaymentOperations.Select(o => o.Key).ToListAsync())).ShouldBe([$"capture:{key}"]);
        (await scenario.WalletAsync(db => db.Cards.SingleAsync())).PatientId.ShouldBe(confirmation.PatientId);
        (await PaymentAsync(BookingCheckout.CardCheckPaymentKey(key))).ShouldBeNull("a deposit proves the card: no second hold");
    }

    [Fact]
    public async Task Given_declined_cards_When_the_patient_tries_them_Then_each_gives_the_banks_reason_nothing_is_booked_and_a_good_card_still_works()
    {
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var hold = await HoldAsync(lucia, laser);

        var step = await StartAsync(lucia, hold);
        var declined = await EnterCardAsync(lucia, step, DevelopmentCardScenario.Decline, "0002");
        var notConfirmed = await AuthorizeAsync(lucia, hold);
        await EnterCardAsync(lucia, step, DevelopmentCardScenario.InsufficientFunds, "9995");
        var noFunds = await AuthorizeAsync(lucia, hold);
        var refusedBooking = await BookingFlow.ConfirmAsync(lucia, BookingFlow.Booking(hold, null, null));
        var retry = await StartAsync(lucia, hold);
        await EnterCardAsync(lucia, retry, DevelopmentCardScenario.Success, "4242");
        var secured = await (await AuthorizeAsync(lucia, hold)).ShouldBeJsonAsync<BookingPaymentStep>();
        await ConfirmAsync(lucia, hold);

        (declined.Status, declined.FailureReason).ShouldBe(("requires_payment_method", "card_declined"));
        (await notConfirmed.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Extensions["reason"]!.ToString().ShouldBe("card_declined");
        (await noFunds.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Extensions["reason"]!.ToString().ShouldBe("insufficient_funds");
        (await refusedBooking.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Extensions["reason"]!.ToString().ShouldBe("card_required");
        retry.SetupId.ShouldNotBe(step.SetupId, "the refused card's attempt is over; the next card gets a new setup");
        secured.Card!.Last4.ShouldBe("4242");
        var deposit = (await PaymentAsync(BookingCheckout.DepositPaymentKey(await HoldKeyAsync(hold))))!;
        (deposit.Status, deposit.CardLast4).ShouldBe((PaymentStatus.Authorized, "4242"));
    }

    [Fact]
    public async Task Given_a_policy_with_a_fee_and_no_deposit_When_the_card_is_validated_Then_the_card_check_is_held_and_released_once_booked()
    {
        await scenario.SetLateFeeAsync(2500);
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var hold = await HoldAsync(lucia, scenario.Clinic.ServiceA);

        var step = await StartAsync(lucia, hold);
        await EnterCardAsync(lucia, step, DevelopmentCardScenario.Success, "4242");
        var secured = await (await AuthorizeAsync(lucia, hold)).ShouldBeJsonAsync<BookingPaymentStep>();
        var key = await HoldKeyAsync(hold);
        var held = (await PaymentAsync(BookingCheckout.CardCheckPaymentKey(key)))!;
        await ConfirmAsync(lucia, hold);
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();

        (step.HasCancellationFee, step.DepositMinor, step.CardCheck, step.CardCheckMinor).ShouldBe((true, 0L, true, 50L));
        secured.Stage.ShouldBe(BookingPaymentStage.Secured);
        (held.Status, held.AmountMinor, held.Currency, held.Kind).ShouldBe((PaymentStatus.Authorized, 50L, "EUR", PaymentKind.CardCheck));
        var released = (await PaymentAsync(BookingCheckout.CardCheckPaymentKey(key)))!;
        (released.Status, released.CapturedMinor).ShouldBe((PaymentStatus.Released, 0L));
        (await scenario.WalletAsync(db => db.PaymentOperations.SingleAsync())).ShouldSatisfyAllConditions(
            o => o.Key.ShouldBe($"release:cardcheck:{key}"), o => o.Outcome.ShouldBe("canceled"));
        (await (await lucia.GetAsync("/api/portal/payments")).ShouldBeJsonAsync<MyPayments>()).Payments.ShouldBeEmpty("the card check took nothing");
    }

    [Fact]
    public async Task Given_a_card_on_file_When_the_patient_books_with_it_Then_nothing_is_typed_and_the_card_check_is_held_on_that_card()
    {
        await scenario.SetLateFeeAsync(2500);
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var card = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success, "4242");
        var hold = await HoldAsync(lucia, scenario.Clinic.ServiceA);

        var secured = await (await lucia.PostAsJsonAsync("/api/booking/payment/authorize", new AuthorizeBookingPayment([Proof(hold)], card.Id)))
            .ShouldBeJsonAsync<BookingPaymentStep>();
        var confirmation = await ConfirmAsync(lucia, hold);

        (secured.Stage, secured.Card).ShouldBe((BookingPaymentStage.Secured, new CardLabelView("visa", "4242")));
        var held = (await PaymentAsync(BookingCheckout.CardCheckPaymentKey(await HoldKeyAsync(hold))))!;
        (held.Status, held.AmountMinor, held.CardId).ShouldBe((PaymentStatus.Authorized, 50L, (Guid?)card.Id));
        (await scenario.WalletAsync(db => db.Cards.CountAsync())).ShouldBe(1, "the card on file was used, not saved again");
        confirmation.Appointments.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Given_another_patients_card_When_someone_secures_a_booking_with_it_Then_it_is_not_found_and_nothing_is_written()
    {
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var luciasCard = await WalletScenario.AddCardAsync(lucia, DevelopmentCardScenario.Success, "4242");
        var maria = await new IdentityApi(factory).RegisteredPatientAsync("maria@example.com", "María", "Vega");
        var guest = factory.CreateBrowserClient();
        var mariasHold = await HoldAsync(maria, laser, hour: 10);
        var guestsHold = await HoldAsync(guest, laser, hour: 12);

        var byMaria = await maria.PostAsJsonAsync("/api/booking/payment/authorize", new AuthorizeBookingPayment([Proof(mariasHold)], luciasCard.Id));
        var byGuest = await guest.PostAsJsonAsync("/api/booking/payment/authorize", new AuthorizeBookingPayment([Proof(guestsHold)], luciasCard.Id));
        var emptyId = await maria.PostAsJsonAsync("/api/booking/payment/authorize", new AuthorizeBookingPayment([Proof(mariasHold)], Guid.Empty));

        (await byMaria.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.ShouldBe($"Card '{luciasCard.Id}' was not found.");
        byGuest.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await emptyId.ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("cardId");
        (await scenario.WalletAsync(db => db.Checkouts.CountAsync())).ShouldBe(0);
        (await scenario.WalletAsync(db => db.Payments.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Given_the_clinic_turned_the_card_check_off_When_a_fee_policy_booking_validates_its_card_Then_no_authorization_is_made()
    {
        await scenario.SetLateFeeAsync(2500);
        (await scenario.Clinic.Admin.PutAsJsonAsync("/api/admin/wallet/settings", new UpdateWalletSettings(false, false))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var hold = await HoldAsync(lucia, scenario.Clinic.ServiceA);

        var step = await StartAsync(lucia, hold);
        await EnterCardAsync(lucia, step, DevelopmentCardScenario.Success, "4242");
        var secured = await (await AuthorizeAsync(lucia, hold)).ShouldBeJsonAsync<BookingPaymentStep>();

        (step.CardCheck, secured.Stage).ShouldBe((false, BookingPaymentStage.Secured));
        (await scenario.WalletAsync(db => db.Payments.CountAsync())).ShouldBe(0);
        (await (await lucia.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>()).Single().Last4.ShouldBe("4242");
    }

    [Fact]
    public async Task Given_a_bank_that_asks_for_authentication_When_the_deposit_is_authorized_Then_the_patient_passes_the_challenge_and_the_booking_is_secured()
    {
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var hold = await HoldAsync(lucia, laser);
        var step = await StartAsync(lucia, hold);
        await EnterCardAsync(lucia, step, DevelopmentCardScenario.AuthenticationRequired, "3184");

        var challenge = await (await AuthorizeAsync(lucia, hold)).ShouldBeJsonAsync<BookingPaymentStep>();
        var passed = await (await lucia.PostAsJsonAsync($"/api/payments/development/payments/{challenge.ActionPaymentId}/authenticate",
            new AuthenticateDevelopmentPayment(challenge.ActionClientSecret!, true))).ShouldBeJsonAsync<DevelopmentGatewayResult>();
        var secured = await (await AuthorizeAsync(lucia, hold)).ShouldBeJsonAsync<BookingPaymentStep>();

        challenge.Stage.ShouldBe(BookingPaymentStage.Authenticate);
        passed.Status.ShouldBe("requires_capture");
        secured.Stage.ShouldBe(BookingPaymentStage.Secured);
        (await PaymentAsync(BookingCheckout.DepositPaymentKey(await HoldKeyAsync(hold))))!.Status.ShouldBe(PaymentStatus.Authorized);
    }

    [Fact]
    public async Task Given_a_double_click_When_authorize_is_sent_three_times_at_once_Then_one_deposit_is_authorized()
    {
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var hold = await HoldAsync(lucia, laser);
        var step = await StartAsync(lucia, hold);
        await EnterCardAsync(lucia, step, DevelopmentCardScenario.Success, "4242");

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => AuthorizeAsync(lucia, hold)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBeGreaterThanOrEqualTo(1);
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK || a.StatusCode == HttpStatusCode.Conflict);
        var payments = await scenario.WalletAsync(db => db.Payments.ToListAsync());
        payments.Single().ShouldSatisfyAllConditions(p => p.Kind.ShouldBe(PaymentKind.Deposit), p => p.Status.ShouldBe(PaymentStatus.Authorized));
        (await scenario.WalletAsync(db => db.Cards.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_secured_card_step_nobody_confirms_When_its_holds_can_no_longer_live_Then_the_deposit_is_released_and_no_money_moved()
    {
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var abandoned = await HoldAsync(lucia, laser, hour: 10);
        var booked = await HoldAsync(lucia, laser, hour: 12);
        foreach (var hold in new[] { abandoned, booked })
        {
            var step = await StartAsync(lucia, hold);
            await EnterCardAsync(lucia, step, DevelopmentCardScenario.Success, "4242");
            (await (await AuthorizeAsync(lucia, hold)).ShouldBeJsonAsync<BookingPaymentStep>()).Stage.ShouldBe(BookingPaymentStage.Secured);
        }

        await ConfirmAsync(lucia, booked);
        var sweeper = factory.Services.GetRequiredService<UnclaimedAuthorizationSweeper>();
        (await sweeper.SweepAsync(CancellationToken.None)).ShouldBe(0, "nothing has lapsed yet");
        factory.Clock!.Advance(TimeSpan.FromMinutes(30 + 15 + 1));
        var released = await sweeper.SweepAsync(CancellationToken.None);
        await scenario.RunPaymentsAsync();

        released.ShouldBe(1, "the booked card step is Scheduling's booking even though its event has not been delivered yet");
        var checkouts = await scenario.WalletAsync(db => db.Checkouts.OrderBy(c => c.CreatedAt).ToListAsync());
        checkouts.Select(c => c.Status).ShouldBe([CheckoutStatus.Released, CheckoutStatus.Secured]);
        var deposits = await scenario.WalletAsync(db => db.Payments.ToListAsync());
        deposits.Single(p => p.CheckoutId == checkouts[0].Id).ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PaymentStatus.Released), p => p.CapturedMinor.ShouldBe(0));
        deposits.Single(p => p.CheckoutId == checkouts[1].Id).Status.ShouldBe(PaymentStatus.Authorized);
        (await (await AuthorizeAsync(lucia, abandoned)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldNotBeNull();
    }

    [Fact]
    public async Task Given_a_patient_in_the_card_step_When_the_holds_are_extended_Then_they_last_longer_but_never_past_their_latest_expiry()
    {
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var hold = await HoldAsync(lucia, laser);
        var placedAt = factory.Clock!.GetUtcNow();

        factory.Clock.Advance(TimeSpan.FromMinutes(8));
        var first = await (await lucia.PostAsJsonAsync("/api/booking/holds/extend", new ExtendSlotHolds([Proof(hold)]))).ShouldBeJsonAsync<List<ExtendedHold>>();
        factory.Clock.Advance(TimeSpan.FromMinutes(9));
        await (await lucia.PostAsJsonAsync("/api/booking/holds/extend", new ExtendSlotHolds([Proof(hold)]))).ShouldBeJsonAsync<List<ExtendedHold>>();
        factory.Clock.Advance(TimeSpan.FromMinutes(9));
        var capped = await (await lucia.PostAsJsonAsync("/api/booking/holds/extend", new ExtendSlotHolds([Proof(hold)]))).ShouldBeJsonAsync<List<ExtendedHold>>();
        var stranger = await factory.CreateBrowserClient().PostAsJsonAsync("/api/booking/holds/extend", new ExtendSlotHolds([new HoldProof(hold.HoldId, "not-the-token")]));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var lapsed = await lucia.PostAsJsonAsync("/api/booking/holds/extend", new ExtendSlotHolds([Proof(hold)]));

        first.Single().ExpiresAt.ShouldBe(placedAt.AddMinutes(18));
        capped.Single().ExpiresAt.ShouldBe(placedAt.AddMinutes(30));
        stranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        lapsed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    private async Task<(HttpClient Patient, BookedAppointment Appointment)> BookLaserWithDepositAsync(DateTimeOffset start)
    {
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var hold = await scenario.Flow.HoldAsync(lucia, start, dora, laser);
        var step = await StartAsync(lucia, hold);
        await EnterCardAsync(lucia, step, DevelopmentCardScenario.Success, "4242");
        (await (await AuthorizeAsync(lucia, hold)).ShouldBeJsonAsync<BookingPaymentStep>()).Stage.ShouldBe(BookingPaymentStage.Secured);
        var booked = (await ConfirmAsync(lucia, hold)).Appointments.Single();
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();
        return (lucia, booked);
    }

    [Fact]
    public async Task Given_a_paid_deposit_When_the_patient_cancels_in_time_Then_the_whole_deposit_is_refunded_to_the_card_once()
    {
        await scenario.SetLateFeeAsync(2500);
        var (lucia, booked) = await BookLaserWithDepositAsync(Availability.AvailabilityScenario.At(4, 10));

        await WalletScenario.CancelLateAsync(lucia, booked.AppointmentId);
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();
        await scenario.DeliverEventsAsync();

        var deposit = await scenario.WalletAsync(db => db.Payments.SingleAsync(p => p.Kind == PaymentKind.Deposit));
        (deposit.CapturedMinor, deposit.RefundedMinor).ShouldBe((Deposit, Deposit));
        (await scenario.WalletEventsAsync<PaymentRefunded>()).Single().ShouldSatisfyAllConditions(
            r => r.RefundedMinor.ShouldBe(Deposit), r => r.Purpose.ShouldBe(PaymentPurposes.Deposit), r => r.Card!.Last4.ShouldBe("4242"));
        (await scenario.WalletAsync(db => db.Payments.CountAsync(p => p.Kind == PaymentKind.LateCancellationFee))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_paid_deposit_When_the_patient_cancels_late_Then_the_deposit_covers_the_fee_the_card_is_not_charged_and_the_rest_comes_back()
    {
        await scenario.SetLateFeeAsync(2000);
        var (lucia, booked) = await BookLaserWithDepositAsync(Availability.AvailabilityScenario.At(1, 10));

        await WalletScenario.CancelLateAsync(lucia, booked.AppointmentId);
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();
        await scenario.DeliverEventsAsync();

        var fee = await scenario.WalletAsync(db => db.Payments.SingleAsync(p => p.Kind == PaymentKind.LateCancellationFee));
        (fee.Status, fee.AmountMinor, fee.CoveredByDepositMinor, fee.CapturedMinor).ShouldBe((PaymentStatus.Succeeded, 2000L, 2000L, 0L));
        var deposit = await scenario.WalletAsync(db => db.Payments.SingleAsync(p => p.Kind == PaymentKind.Deposit));
        deposit.RefundedMinor.ShouldBe(Deposit - 2000);
        var receipt = (await scenario.WalletEventsAsync<FeeCharged>()).Single();
        (receipt.ChargedMinor, receipt.CoveredByDepositMinor, receipt.Card).ShouldBe((0L, 2000L, (PaymentCardLabel?)null));
        (await scenario.WalletAsync(db => db.PaymentOperations.CountAsync(o => o.Kind == OperationKind.Charge))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_no_show_fee_and_a_card_on_file_When_staff_mark_the_patient_a_no_show_Then_the_fee_is_charged_once_off_session()
    {
        await scenario.SetLateFeeAsync(0, noShowFeeMinor: 3000);
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var start = Availability.AvailabilityScenario.At(0, 11);
        var hold = await scenario.Flow.HoldAsync(lucia, start, dora, scenario.Clinic.ServiceA);
        var step = await StartAsync(lucia, hold);
        await EnterCardAsync(lucia, step, DevelopmentCardScenario.Success, "4242");
        await (await AuthorizeAsync(lucia, hold)).ShouldBeJsonAsync<BookingPaymentStep>();
        var booked = (await ConfirmAsync(lucia, hold)).Appointments.Single();
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();

        factory.Clock!.Advance(start - factory.Clock.GetUtcNow() + TimeSpan.FromMinutes(20));
        (await factory.CreateClientAs(ClinicRoles.FrontDesk).PostAsync($"/api/admin/appointments/{booked.AppointmentId}/no-show", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();

        (step.NoShowFeeMinor, step.CardCheck).ShouldBe((3000L, true));
        var fee = await scenario.WalletAsync(db => db.Payments.SingleAsync(p => p.Kind == PaymentKind.NoShowFee));
        (fee.Key, fee.Status, fee.CapturedMinor, fee.CardLast4).ShouldBe(($"noshow:{booked.AppointmentId}", PaymentStatus.Succeeded, 3000L, "4242"));
    }

    [Fact]
    public async Task Given_another_persons_hold_When_someone_starts_or_authorizes_its_card_step_Then_it_is_not_found_and_nothing_is_written()
    {
        var lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        var hold = await HoldAsync(lucia, laser);
        var stranger = factory.CreateBrowserClient();

        var start = await stranger.PostAsJsonAsync("/api/booking/payment", new StartBookingPayment([new HoldProof(hold.HoldId, "guessed")], null));
        var authorize = await stranger.PostAsJsonAsync("/api/booking/payment/authorize", new AuthorizeBookingPayment([new HoldProof(hold.HoldId, "guessed")]));
        var empty = await stranger.PostAsJsonAsync("/api/booking/payment", new StartBookingPayment([], null));

        (await start.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.ShouldBe($"Hold '{hold.HoldId}' was not found.");
        authorize.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await empty.ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("holds");
        (await scenario.WalletAsync(db => db.Checkouts.CountAsync())).ShouldBe(0);
    }
}
