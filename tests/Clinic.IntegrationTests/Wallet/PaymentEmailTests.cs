using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.IntegrationTests.Notifications;
using Clinic.Notifications.Domain.Messages;
using Clinic.Wallet.Adapters.Payments.Development;
using Clinic.Wallet.Features.Staff.RefundPayment;
using Clinic.Wallet.Features.Views;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>
/// What patients read about money, over real SMTP, in their language: the cancellation email promises only what
/// follows, then the receipt or the pay link follows, and a refund is announced. A pay link never stays readable
/// in the staff log once a real mail server took it.
/// </summary>
public sealed class PaymentEmailTests : IAsyncLifetime
{
    private readonly TestSmtpServer smtp = TestSmtpServer.Start();
    private ClinicApiFactory factory = null!;
    private WalletScenario scenario = null!;

    public async Task InitializeAsync()
    {
        factory = WalletScenario.NewFactory().With("Notifications:Delivery:RunSender", "false").WithSmtp(smtp);
        scenario = await WalletScenario.CreateAsync(factory);
        await scenario.SetLateFeeAsync(2500);
        await scenario.TurnCardCheckOffAsync();
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await smtp.DisposeAsync();
    }

    private async Task<HttpClient> CancelLateAsync(string email, string language, DevelopmentCardScenario? card, string last4 = "4242")
    {
        var patient = await new IdentityApi(factory).RegisteredPatientAsync(email, "Lucía", "Moreno");
        if (language == "en")
        {
            await new IdentityApi(factory).QueryAsync(async db =>
            {
                var profile = await db.Patients.SingleAsync(p => p.Email == email);
                await db.Patients.Where(p => p.Id == profile.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.PreferredLanguage, "en"));
                return 0;
            });
        }

        if (card is { } scenarioCard)
        {
            await WalletScenario.AddCardAsync(patient, scenarioCard, last4);
        }

        // Without a card of their own the patient booked with one and removed it afterwards.
        var booked = await scenario.BookAsync(patient, WalletScenario.TuesdayTen, removeCardAfterwards: card is null);
        await WalletScenario.CancelLateAsync(patient, booked.AppointmentId);
        await scenario.DeliverEventsAsync();
        await scenario.RunPaymentsAsync();
        await scenario.DeliverEventsAsync();
        await factory.DeliverDueMessagesAsync();
        return patient;
    }

    /// <summary>The plain-text body of the one email to <paramref name="to"/> whose subject starts so.</summary>
    private string Mail(string to, string subjectStart) =>
        smtp.Received.Single(m => m.To.Mailboxes.Any(a => a.Address == to) && m.Subject?.StartsWith(subjectStart, StringComparison.Ordinal) == true).TextBody ?? "";

    [Fact]
    public async Task Given_a_card_on_file_When_a_late_cancellation_is_charged_Then_the_spanish_patient_reads_a_true_promise_then_the_receipt_and_later_the_refund()
    {
        await CancelLateAsync("lucia@example.com", "es", DevelopmentCardScenario.Success);

        var cancellation = Mail("lucia@example.com", "Cita cancelada");
        cancellation.ShouldContain("esta cancelación tiene un cargo de 25,00 €. Te escribiremos aparte: con el justificante cuando se cobre o, si no se puede cobrar, con un enlace para pagarlo.");
        cancellation.ShouldNotContain("tarjeta que dejaste");
        var receipt = Mail("lucia@example.com", "Justificante: cargo por cancelación tardía de 25,00 €");
        receipt.ShouldContain("la tarjeta Visa acabada en 4242 · 25,00 €");
        receipt.ShouldContain("Limpieza");

        var payment = await scenario.WalletAsync(db => db.Payments.SingleAsync());
        await (await factory.CreateClientAs(ClinicRoles.Admin).PostAsJsonAsync($"/api/admin/payments/{payment.Id}/refund", new RefundPayment(1000, "EUR", "Cortesía", false)))
            .ShouldBeJsonAsync<PaymentView>();
        await scenario.DeliverEventsAsync();
        await factory.DeliverDueMessagesAsync();

        Mail("lucia@example.com", "Devolución de 10,00 €").ShouldContain("Hemos devuelto 10,00 € a la tarjeta Visa acabada en 4242.");
    }

    [Fact]
    public async Task Given_insufficient_funds_for_an_english_patient_When_the_fee_fails_Then_they_get_the_reason_the_retry_date_and_a_pay_link_masked_in_the_log()
    {
        await CancelLateAsync("grace@example.com", "en", DevelopmentCardScenario.InsufficientFunds, "9995");

        var mail = Mail("grace@example.com", "Payment due: late cancellation fee of €25.00");
        mail.ShouldContain("We could not charge the late cancellation fee of €25.00 to the Visa card ending in 9995: your bank said there were not enough funds.");
        mail.ShouldContain("http://localhost:5080/pay/");
        mail.ShouldContain("we will try the same card again on");
        var logged = (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.FeePaymentFailed))).Single();
        logged.TextBody.ShouldNotContain("/pay/");
    }

    [Fact]
    public async Task Given_no_card_on_file_When_the_fee_falls_due_Then_the_email_says_so_and_offers_the_link()
    {
        await CancelLateAsync("lucia@example.com", "es", card: null);

        var mail = Mail("lucia@example.com", "Pago pendiente: cargo por cancelación tardía de 25,00 €");
        mail.ShouldContain("No hemos podido cobrar el cargo por cancelación tardía de 25,00 €: no tenemos ninguna tarjeta tuya guardada.");
        mail.ShouldContain("Pagar 25,00 €");
    }
}
