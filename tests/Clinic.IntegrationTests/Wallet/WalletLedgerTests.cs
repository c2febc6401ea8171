using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Features.Appointments;
using Clinic.Scheduling.Features.Appointments.StartAppointment;
using Clinic.Scheduling.Persistence;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Features.Ledger.AdjustCredit;
using Clinic.Wallet.Features.Ledger.AssignPackage;
using Clinic.Wallet.Features.MyWallet.ListMyPayments;
using Clinic.Wallet.Features.Packages;
using Clinic.Wallet.Features.Packages.CreatePackageProduct;
using Clinic.Wallet.Features.Settings;
using Clinic.Wallet.Features.Settings.UpdateWalletSettings;
using Clinic.Wallet.Features.Staff.GetPatientWallet;
using Clinic.Wallet.Features.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>PP8 / ST6: credit and packages in an append-only ledger, used by completed visits once; shown to patients only when the clinic says so.</summary>
public sealed class WalletLedgerTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = WalletScenario.NewFactory();
    private WalletScenario scenario = null!;
    private HttpClient lucia = null!;
    private HttpClient desk = null!;
    private Guid luciaId;

    public async Task InitializeAsync()
    {
        scenario = await WalletScenario.CreateAsync(factory);
        lucia = await new IdentityApi(factory).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        luciaId = await scenario.PatientIdAsync("lucia@example.com");
        desk = factory.CreateClientAs(ClinicRoles.FrontDesk);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> AdjustAsync(CreditAdjustment kind, long amount, string currency = "EUR", string reason = "Regalo de cumpleaños", Guid? patient = null, HttpClient? as_ = null) =>
        (as_ ?? desk).PostAsJsonAsync($"/api/admin/patients/{patient ?? luciaId}/wallet/credits", new AdjustCredit(kind, amount, currency, reason));

    private async Task<Guid> CompleteVisitAsync(DateTimeOffset start)
    {
        var booked = await scenario.BookAsync(lucia, start);
        // The visits lie ahead of the suite's clock, so the desk starts them with the override a real early start needs.
        (await desk.PostAsJsonAsync($"/api/admin/appointments/{booked.AppointmentId}/start-early", new StartAppointmentEarly("La paciente llegó antes de su hora")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await desk.PostAsync($"/api/admin/appointments/{booked.AppointmentId}/complete", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await scenario.DeliverEventsAsync();
        return booked.AppointmentId;
    }

    [Fact]
    public async Task Given_wallet_visibility_off_by_default_When_the_patient_asks_Then_the_wallet_is_hidden_until_an_admin_turns_it_on()
    {
        await (await AdjustAsync(CreditAdjustment.Gift, 1000)).ShouldBeJsonAsync<WalletView>();

        var hidden = await lucia.GetAsync("/api/portal/wallet");
        var listedHidden = await (await lucia.GetAsync("/api/portal/payments")).ShouldBeJsonAsync<MyPayments>();
        var byDesk = await desk.PutAsJsonAsync("/api/admin/wallet/settings", new UpdateWalletSettings(true, true));
        var settings = await (await scenario.Clinic.Admin.PutAsJsonAsync("/api/admin/wallet/settings", new UpdateWalletSettings(true, true))).ShouldBeJsonAsync<WalletSettingsView>();
        var shown = await (await lucia.GetAsync("/api/portal/wallet")).ShouldBeJsonAsync<WalletView>();
        var pedro = await new IdentityApi(factory).RegisteredPatientAsync("pedro@example.com", "Pedro", "Gil");
        var pedros = await (await pedro.GetAsync("/api/portal/wallet")).ShouldBeJsonAsync<WalletView>();

        (await hidden.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.ShouldBe("Wallet 'shown online' was not found.");
        listedHidden.WalletVisible.ShouldBeFalse();
        byDesk.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (settings.WalletVisibleToPatients, settings.CardCheckEnabled, settings.CardCheckAmountMinor, settings.Currency).ShouldBe((true, true, 50L, "EUR"));
        (shown.BalanceMinor, shown.Currency).ShouldBe((1000L, "EUR"));
        shown.Entries.Single().ShouldSatisfyAllConditions(e => e.Kind.ShouldBe(WalletEntryKind.Gift), e => e.Reason.ShouldBe("Regalo de cumpleaños"));
        (pedros.BalanceMinor, pedros.Entries.Count).ShouldBe((0L, 0));
        (await (await lucia.GetAsync("/api/portal/payments")).ShouldBeJsonAsync<MyPayments>()).WalletVisible.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_credit_When_staff_add_and_take_some_Then_the_ledger_shows_each_line_and_the_balance_after_it()
    {
        await (await AdjustAsync(CreditAdjustment.Gift, 1000)).ShouldBeJsonAsync<WalletView>();
        await (await AdjustAsync(CreditAdjustment.Goodwill, 500, reason: "Espera larga")).ShouldBeJsonAsync<WalletView>();
        var wallet = await (await AdjustAsync(CreditAdjustment.Deduction, 300, reason: "Corrección")).ShouldBeJsonAsync<WalletView>();

        wallet.BalanceMinor.ShouldBe(1200);
        wallet.Entries.Select(e => (e.Kind, e.AmountMinor, e.BalanceAfterMinor)).ShouldBe(
            [(WalletEntryKind.Deduction, -300L, 1200L), (WalletEntryKind.Goodwill, 500L, 1500L), (WalletEntryKind.Gift, 1000L, 1000L)]);
    }

    [Fact]
    public async Task Given_bad_adjustments_When_sent_Then_each_is_refused_with_its_reason_and_nothing_is_written()
    {
        await (await AdjustAsync(CreditAdjustment.Gift, 1000)).ShouldBeJsonAsync<WalletView>();
        var before = await scenario.WalletRowsAsync();

        var zero = await AdjustAsync(CreditAdjustment.Gift, 0);
        var negative = await AdjustAsync(CreditAdjustment.Goodwill, -50);
        var noReason = await AdjustAsync(CreditAdjustment.Gift, 100, reason: "");
        var dollars = await AdjustAsync(CreditAdjustment.Gift, 100, currency: "USD");
        var overdrawn = await AdjustAsync(CreditAdjustment.Deduction, 1001);
        var unknown = await AdjustAsync(CreditAdjustment.Gift, 100, patient: Guid.NewGuid());
        var provider = await AdjustAsync(CreditAdjustment.Gift, 100, as_: factory.CreateClientAs(ClinicRoles.Provider));
        var self = await AdjustAsync(CreditAdjustment.Gift, 100, as_: lucia);

        (await zero.ShouldBeValidationProblemAsync()).Errors["amountMinor"].ShouldBe(["Enter an amount greater than zero."]);
        (await negative.ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("amountMinor");
        (await noReason.ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("reason");
        (await dollars.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail.ShouldBe("The clinic's wallets are in EUR; an amount in USD cannot be added or taken.");
        (await overdrawn.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail.ShouldBe("The wallet holds 1000 (minor units of EUR); more than that cannot be taken away.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        provider.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        self.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scenario.WalletRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Given_a_two_session_package_and_credit_When_visits_are_completed_and_an_event_is_delivered_twice_Then_each_session_and_the_credit_are_used_once()
    {
        var product = await (await scenario.Clinic.Admin.PostAsJsonAsync("/api/admin/wallet/packages",
            new CreatePackageProduct("Bono 2 limpiezas", [new PackageProductLineRequest(scenario.Clinic.ServiceA, 2)], 365, 11000, "EUR")))
            .ShouldBeJsonAsync<PackageProductView>(HttpStatusCode.Created);
        await (await desk.PostAsJsonAsync($"/api/admin/patients/{luciaId}/wallet/packages", new AssignPackage(product.Id, 11000, "Vendido en recepción")))
            .ShouldBeJsonAsync<WalletView>();
        await (await AdjustAsync(CreditAdjustment.Gift, 4000)).ShouldBeJsonAsync<WalletView>();

        var first = await CompleteVisitAsync(WalletScenario.TuesdayTen);
        await RedeliverCompletionAsync(first);
        await CompleteVisitAsync(WalletScenario.TuesdayTen.AddHours(2));
        var third = await CompleteVisitAsync(WalletScenario.TuesdayTen.AddHours(6));
        await RedeliverCompletionAsync(third);

        var record = await (await desk.GetAsync($"/api/admin/patients/{luciaId}/wallet")).ShouldBeJsonAsync<PatientWalletView>();
        record.Wallet.Packages.Single().Lines.Single().ShouldSatisfyAllConditions(
            l => l.ServiceName.ShouldBe("Limpieza"), l => l.Used.ShouldBe(2), l => l.Remaining.ShouldBe(0));
        record.Wallet.Entries.Count(e => e.Kind == WalletEntryKind.PackageSessionUsed).ShouldBe(2);
        var credit = record.Wallet.Entries.Single(e => e.Kind == WalletEntryKind.CreditUsed);
        (credit.AmountMinor, credit.AppointmentId).ShouldBe((-4000L, (Guid?)third), "the third visit (65 €) takes all 40 € of credit; the first two were covered by the package");
        record.Wallet.BalanceMinor.ShouldBe(0);
    }

    [Fact]
    public async Task Given_bad_packages_When_an_admin_defines_or_staff_assign_them_Then_they_are_refused_and_nothing_is_written()
    {
        var before = await scenario.WalletRowsAsync();

        var unknownService = await scenario.Clinic.Admin.PostAsJsonAsync("/api/admin/wallet/packages",
            new CreatePackageProduct("Bono", [new PackageProductLineRequest(Guid.NewGuid(), 5)], 365, 10000, "EUR"));
        var noSessions = await scenario.Clinic.Admin.PostAsJsonAsync("/api/admin/wallet/packages",
            new CreatePackageProduct("Bono", [new PackageProductLineRequest(scenario.Clinic.ServiceA, 0)], 365, 10000, "EUR"));
        var dollars = await scenario.Clinic.Admin.PostAsJsonAsync("/api/admin/wallet/packages",
            new CreatePackageProduct("Bono", [new PackageProductLineRequest(scenario.Clinic.ServiceA, 5)], 365, 10000, "USD"));
        var byDesk = await desk.PostAsJsonAsync("/api/admin/wallet/packages",
            new CreatePackageProduct("Bono", [new PackageProductLineRequest(scenario.Clinic.ServiceA, 5)], 365, 10000, "EUR"));
        var unknownProduct = await desk.PostAsJsonAsync($"/api/admin/patients/{luciaId}/wallet/packages", new AssignPackage(Guid.NewGuid(), 0, "Regalo"));

        unknownService.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await noSessions.ShouldBeValidationProblemAsync()).Errors.Keys.ShouldContain(k => k.StartsWith("lines", StringComparison.Ordinal));
        dollars.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        byDesk.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unknownProduct.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scenario.WalletRowsAsync()).ShouldBe(before);
        (await scenario.WalletAsync(db => db.PackageProducts.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_patient_When_they_call_staff_wallet_endpoints_or_ask_for_an_unknown_patient_Then_they_are_refused()
    {
        (await lucia.GetAsync($"/api/admin/patients/{luciaId}/wallet")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lucia.GetAsync($"/api/admin/payments?from={Availability.AvailabilityScenario.Iso(0)}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk.GetAsync($"/api/admin/patients/{Guid.NewGuid()}/wallet")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await desk.GetAsync("/api/admin/payments")).ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("from");
    }

    [Fact]
    public async Task Given_a_duplicate_profile_with_a_card_and_credit_When_staff_merge_it_into_the_patients_own_Then_both_follow_into_the_kept_profile()
    {
        var duplicate = await new IdentityApi(factory).RegisteredPatientAsync("lucia.moreno@work.example", "Lucía", "Moreno");
        var duplicateId = await scenario.PatientIdAsync("lucia.moreno@work.example");
        var card = await WalletScenario.AddCardAsync(duplicate, Clinic.Wallet.Adapters.Payments.Development.DevelopmentCardScenario.Success, "1881");
        await (await AdjustAsync(CreditAdjustment.Gift, 700, patient: duplicateId)).ShouldBeJsonAsync<WalletView>();
        await (await AdjustAsync(CreditAdjustment.Gift, 300)).ShouldBeJsonAsync<WalletView>();

        (await desk.PostAsJsonAsync("/api/admin/patients/merge", new Clinic.Identity.Features.Patients.MergePatients.MergePatients(luciaId, duplicateId)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await scenario.DeliverEventsAsync();

        var record = await (await desk.GetAsync($"/api/admin/patients/{luciaId}/wallet")).ShouldBeJsonAsync<PatientWalletView>();
        record.Cards.Single().ShouldSatisfyAllConditions(c => c.Id.ShouldBe(card.Id), c => c.IsDefault.ShouldBeTrue());
        record.Wallet.BalanceMinor.ShouldBe(1000);
        record.Wallet.Entries.First().ShouldSatisfyAllConditions(e => e.Kind.ShouldBe(WalletEntryKind.MergedIn), e => e.AmountMinor.ShouldBe(700));
        (await (await lucia.GetAsync("/api/portal/payments/cards")).ShouldBeJsonAsync<List<CardView>>()).Single().Last4.ShouldBe("1881");
    }

    /// <summary>The completion published again under a new event id, as a replaying producer would.</summary>
    private async Task RedeliverCompletionAsync(Guid appointmentId)
    {
        var original = (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentCompleted>()).Single(e => e.Appointment.AppointmentId == appointmentId);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            db.Publish(original with { EventId = Guid.NewGuid() });
            await db.SaveChangesAsync();
        }

        await scenario.DeliverEventsAsync();
    }
}
