using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Persistence;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Booking;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Persistence;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Features.Policies.UpdateCancellationPolicy;
using Clinic.Scheduling.Features.Appointments.CancelMyAppointment;
using Clinic.Scheduling.Persistence;
using Clinic.Wallet.Adapters.Payments.Development;
using Clinic.Scheduling.Contracts.Booking;
using Clinic.Scheduling.Features.Booking.PlaceSlotHold;
using Clinic.Wallet.Features.Booking;
using Clinic.Wallet.Features.Booking.AuthorizeBookingPayment;
using Clinic.Wallet.Features.Booking.StartBookingPayment;
using Clinic.Wallet.Features.Cards.SaveMyCard;
using Clinic.Wallet.Features.Settings.UpdateWalletSettings;
using Clinic.Wallet.Features.Cards.StartAddingCard;
using Clinic.Wallet.Features.Development;
using Clinic.Wallet.Features.Development.AuthenticateDevelopmentSetup;
using Clinic.Wallet.Features.Development.ConfirmDevelopmentSetup;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>
/// The clinic of <see cref="AvailabilityScenario"/> with money in play: patients save test cards through the portal
/// as the SPA does, book and cancel; the test delivers events and runs the payment worker by hand (both background
/// loops are off), so every step happens when the test says.
/// </summary>
internal sealed class WalletScenario
{
    /// <summary>Tuesday 10:00 in Madrid: 25 hours after the scenario's "now" (Monday 09:00), inside a 48-hour window.</summary>
    public static readonly DateTimeOffset TuesdayTen = AvailabilityScenario.At(1, 10);

    /// <summary>Thursday 10:00 in Madrid: outside a 48-hour window.</summary>
    public static readonly DateTimeOffset ThursdayTen = AvailabilityScenario.At(3, 10);

    /// <summary>Test cards expire a few years after the suite's now, whatever that is.</summary>
    public static readonly int CardExpiryYear = TestClock.Now.Year + 3;

    private WalletScenario(AvailabilityScenario clinic)
    {
        Clinic = clinic;
        Flow = new BookingFlow(clinic);
    }

    public AvailabilityScenario Clinic { get; }

    public BookingFlow Flow { get; }

    public ClinicApiFactory Factory => Clinic.Factory;

    public static ClinicApiFactory NewFactory(string? dataDirectory = null) => new ClinicApiFactory(dataDirectory)
        .With("Outbox:RunDispatchers", "false")
        .With("Wallet:Payments:RunWorker", "false");

    public static ClinicApiFactory WithStripe(ClinicApiFactory factory, RecordingStripeApi stripe) => factory
        .With("Wallet:Payments:Gateway", "Stripe")
        .With("Wallet:Payments:Stripe:SecretKey", "sk_test_51QbClinicSecretKey")
        .With("Wallet:Payments:Stripe:PublishableKey", "pk_test_51QbClinic")
        .With("Wallet:Payments:Stripe:WebhookSecret", StripeWebhookSecret)
        .With("Wallet:Payments:Stripe:ApiBase", stripe.BaseUrl);

    public const string StripeWebhookSecret = "whsec_QbTestWebhookSecret";

    public static async Task<WalletScenario> CreateAsync(ClinicApiFactory factory) => new(await AvailabilityScenario.CreateAsync(factory));

    /// <summary>What the card step of the SPA does with the development gateway: start a setup, confirm it with a test card (passing the bank's challenge if asked), save it.</summary>
    public static async Task<CardView> AddCardAsync(HttpClient patient, DevelopmentCardScenario scenario, string last4 = "4242")
    {
        var setup = await (await patient.PostAsync("/api/portal/payments/cards/setup", null)).ShouldBeJsonAsync<CardSetupStarted>();
        var confirmed = await (await patient.PostAsJsonAsync($"/api/payments/development/setups/{setup.SetupId}/confirm",
            new ConfirmDevelopmentSetup(setup.ClientSecret, new DevelopmentCard(scenario, "visa", last4, 12, CardExpiryYear)))).ShouldBeJsonAsync<DevelopmentGatewayResult>();
        if (confirmed.Status == "requires_action")
        {
            (await (await patient.PostAsJsonAsync($"/api/payments/development/setups/{setup.SetupId}/authenticate",
                new AuthenticateDevelopmentSetup(setup.ClientSecret, true))).ShouldBeJsonAsync<DevelopmentGatewayResult>()).Status.ShouldBe("succeeded");
        }

        return await (await patient.PostAsJsonAsync("/api/portal/payments/cards", new SaveMyCard(setup.SetupId))).ShouldBeJsonAsync<CardView>(HttpStatusCode.Created);
    }

    public async Task SetLateFeeAsync(long feeMinor, int windowHours = 48, long noShowFeeMinor = 0)
    {
        var response = await Clinic.Admin.PutAsJsonAsync("/api/admin/schedules/cancellation-policy", new UpdateCancellationPolicy(
            true, true, windowHours, feeMinor > 0 ? LateFeeKind.Fixed : LateFeeKind.None, feeMinor, 0, "Cancelar tarde tiene un cargo.", "Cancelling late has a fee.",
            noShowFeeMinor));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Books Bea's ServiceA as the SPA does: when the clinic's policy asks for a card, through the card step — with the
    /// patient's default card on file if they have one, otherwise a successful test card typed for this booking.
    /// <paramref name="removeCardAfterwards"/> leaves the patient with no card on file, as if they removed it later.
    /// </summary>
    public async Task<BookedAppointment> BookAsync(HttpClient patient, DateTimeOffset start, bool removeCardAfterwards = false)
    {
        var hold = await Flow.HoldAsync(patient, start, Clinic.Bea, Clinic.ServiceA);
        await SecureCardStepAsync(patient, hold);
        var booked = (await (await BookingFlow.ConfirmAsync(patient, BookingFlow.Booking(hold, null, null))).ShouldBeJsonAsync<BookingConfirmation>()).Appointments.Single();
        if (removeCardAfterwards)
        {
            foreach (var card in await (await patient.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>())
            {
                (await patient.DeleteAsync($"/api/portal/payments/cards/{card.Id}")).IsSuccessStatusCode.ShouldBeTrue();
            }
        }

        return booked;
    }

    /// <summary>
    /// The card step of a signed-in patient's held booking, when the booking needs one: the default card on file is
    /// authorized if there is one, otherwise a successful development test card is entered and authorized.
    /// </summary>
    public static async Task SecureCardStepAsync(HttpClient patient, SlotHoldResponse hold)
    {
        var proofs = new[] { new HoldProof(hold.HoldId, hold.HoldToken) };
        var onFile = (await (await patient.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>()).FirstOrDefault(c => c.IsDefault);
        if (onFile is null)
        {
            var step = await (await patient.PostAsJsonAsync("/api/booking/payment", new StartBookingPayment(proofs, null))).ShouldBeJsonAsync<BookingPaymentStep>();
            if (!step.CardRequired)
            {
                return;
            }

            (await (await patient.PostAsJsonAsync($"/api/payments/development/setups/{step.SetupId}/confirm",
                new ConfirmDevelopmentSetup(step.ClientSecret!, new DevelopmentCard(DevelopmentCardScenario.Success, "visa", "4242", 12, CardExpiryYear))))
                .ShouldBeJsonAsync<DevelopmentGatewayResult>()).Status.ShouldBe("succeeded");
        }

        // With a card on file nothing is typed and no setup is made: the card is authorized as it is.
        var secured = await (await patient.PostAsJsonAsync("/api/booking/payment/authorize", new AuthorizeBookingPayment(proofs, onFile?.Id))).ShouldBeJsonAsync<BookingPaymentStep>();
        secured.Stage.ShouldBeOneOf(BookingPaymentStage.Secured, BookingPaymentStage.NotNeeded);
    }

    /// <summary>
    /// The 0.50 card check has its own tests (PaidBookingTests); where a test is about what happens after booking it
    /// would only add a hold (and a processor call) to count, and would refuse the insufficient-funds card on file.
    /// </summary>
    public async Task TurnCardCheckOffAsync() =>
        (await Clinic.Admin.PutAsJsonAsync("/api/admin/wallet/settings", new UpdateWalletSettings(false, false))).StatusCode.ShouldBe(HttpStatusCode.OK);

    public static async Task CancelLateAsync(HttpClient patient, Guid appointmentId) =>
        (await patient.PostAsJsonAsync($"/api/portal/appointments/{appointmentId}/cancel", new CancelMyAppointment(true, null))).StatusCode.ShouldBe(HttpStatusCode.OK);

    /// <summary>Delivers every module's due events until none is left (consumers may raise new ones).</summary>
    public Task<int> DeliverEventsAsync() => DeliverEventsAsync(Factory);

    public static async Task<int> DeliverEventsAsync(ClinicApiFactory factory)
    {
        var total = 0;
        while (true)
        {
            var round = await factory.Services.GetRequiredService<OutboxProcessor<SchedulingDbContext>>().ProcessBatchAsync(CancellationToken.None)
                        + await factory.Services.GetRequiredService<OutboxProcessor<WalletDbContext>>().ProcessBatchAsync(CancellationToken.None)
                        + await factory.Services.GetRequiredService<OutboxProcessor<IdentityDbContext>>().ProcessBatchAsync(CancellationToken.None)
                        + await factory.Services.GetRequiredService<OutboxProcessor<NotificationsDbContext>>().ProcessBatchAsync(CancellationToken.None);
            if (round == 0)
            {
                return total;
            }

            total += round;
        }
    }

    /// <summary>Runs the payment worker's due operations until none is left.</summary>
    public Task<int> RunPaymentsAsync() => RunPaymentsAsync(Factory);

    public static async Task<int> RunPaymentsAsync(ClinicApiFactory factory)
    {
        var total = 0;
        int round;
        while ((round = await factory.Services.GetRequiredService<PaymentOperationProcessor>().ProcessBatchAsync(CancellationToken.None)) > 0)
        {
            total += round;
        }

        return total;
    }

    public async Task<Guid> PatientIdAsync(string email) =>
        await new Clinic.IntegrationTests.Identity.IdentityApi(Factory).QueryAsync(db => db.Patients.Where(p => p.Email == email).Select(p => p.Id).SingleAsync());

    /// <summary>A card Stripe saved earlier (its customer and payment method are the recorded fixtures'), as if added in the portal.</summary>
    public async Task SeedStripeCardAsync(Guid patientId) => await WalletAsync(async db =>
    {
        db.Cards.Add(global::Clinic.Wallet.Domain.Cards.PaymentCard.Save(patientId, StripeFixtures.CustomerId, StripeFixtures.PaymentMethodId, "visa", "4242", 8, CardExpiryYear, true,
            Factory.Clock!.GetUtcNow()));
        return await db.SaveChangesAsync();
    });

    public Task<T> WalletAsync<T>(Func<WalletDbContext, Task<T>> query) => new Reader(Factory).WalletAsync(query);

    /// <summary>Reads Wallet's database of any host, scenario or not.</summary>
    public sealed class Reader(ClinicApiFactory factory)
    {
        public async Task<T> WalletAsync<T>(Func<WalletDbContext, Task<T>> query)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<WalletDbContext>());
        }
    }

    public Task<List<TEvent>> WalletEventsAsync<TEvent>() where TEvent : Clinic.BuildingBlocks.Abstractions.IIntegrationEvent =>
        Factory.OutboxEventsAsync<WalletDbContext, TEvent>();

    public async Task<int> WalletRowsAsync() => await WalletAsync(async db =>
        await db.Payments.CountAsync() + await db.PaymentOperations.CountAsync() + await db.Entries.CountAsync() + await db.Accounts.CountAsync()
        + await db.PatientPackages.CountAsync() + await db.OutboxMessages.CountAsync());
}
