using System.Globalization;
using Clinic.BuildingBlocks.Outbox;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Persistence;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Wallet;

/// <summary>
/// "Exactly one charge per appointment even if the event is delivered twice or two host processes race": two
/// hosts on the same database, a duplicated cancellation event, both dispatching and both running the payment
/// worker at once, against the Stripe adapter and a listener that counts what reaches Stripe.
/// </summary>
public sealed class ExactlyOnceChargeTests : IDisposable
{
    private readonly RecordingStripeApi stripe = new();
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "clinic-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => stripe.Dispose();

    [Fact]
    public async Task Given_a_duplicated_late_cancellation_When_two_hosts_dispatch_and_charge_at_once_Then_one_fee_one_operation_and_one_stripe_charge_exist()
    {
        stripe.Answer("POST", "/v1/payment_intents", "payment_intent", values: new Dictionary<string, string>
        {
            ["status"] = "succeeded", ["capture_method"] = "automatic", ["amount_capturable"] = "0", ["amount_received"] = "2500", ["amount"] = "2500",
        });
        using var first = WalletScenario.WithStripe(WalletScenario.NewFactory(dataDirectory), stripe);
        var scenario = await WalletScenario.CreateAsync(first);
        var lucia = await new IdentityApi(first).RegisteredPatientAsync("lucia@example.com", "Lucía", "Moreno");
        await scenario.SeedStripeCardAsync(await scenario.PatientIdAsync("lucia@example.com"));
        await scenario.SetLateFeeAsync(2500);
        await scenario.TurnCardCheckOffAsync();
        var booked = await scenario.BookAsync(lucia, WalletScenario.TuesdayTen);
        await WalletScenario.CancelLateAsync(lucia, booked.AppointmentId);
        await DuplicateCancellationAsync(first);
        using var second = WalletScenario.WithStripe(WalletScenario.NewFactory(dataDirectory), stripe).WithFakeClock(first.Clock!.GetUtcNow());
        _ = second.Services;

        await Task.WhenAll(WalletScenario.DeliverEventsAsync(first), WalletScenario.DeliverEventsAsync(second));
        // The delivery that lost the race on the fee's unique key is retried; by then it finds the fee and stops.
        first.Clock.Advance(TimeSpan.FromMinutes(2));
        second.Clock!.Advance(TimeSpan.FromMinutes(2));
        await Task.WhenAll(WalletScenario.DeliverEventsAsync(first), WalletScenario.DeliverEventsAsync(second));
        await Task.WhenAll(WalletScenario.RunPaymentsAsync(first), WalletScenario.RunPaymentsAsync(second));
        await Task.WhenAll(WalletScenario.DeliverEventsAsync(first), WalletScenario.DeliverEventsAsync(second));

        var charges = stripe.To("POST", "/v1/payment_intents");
        charges.Count.ShouldBe(1);
        charges.Single().IdempotencyKey.ShouldBe($"latefee:{booked.AppointmentId}");
        charges.Single().Form["amount"].ShouldBe(2500.ToString(CultureInfo.InvariantCulture));
        var payments = await scenario.WalletAsync(db => db.Payments.ToListAsync());
        payments.Single().ShouldSatisfyAllConditions(p => p.Status.ShouldBe(PaymentStatus.Succeeded), p => p.CapturedMinor.ShouldBe(2500));
        (await scenario.WalletAsync(db => db.PaymentOperations.CountAsync())).ShouldBe(1);
        (await scenario.WalletEventsAsync<FeeCharged>()).Count.ShouldBe(1);
        await using var scope = first.Services.CreateAsyncScope();
        var cancellations = await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().OutboxMessages
            .Where(m => m.Type == IntegrationEventTypes.NameOf(typeof(AppointmentCancelled))).ToListAsync();
        cancellations.Count.ShouldBe(2);
        cancellations.ShouldAllBe(m => m.ProcessedAt != null);
    }

    /// <summary>The same cancellation published a second time, as a buggy or replayed producer might: a new event id, the same appointment.</summary>
    private static async Task DuplicateCancellationAsync(ClinicApiFactory factory)
    {
        var original = (await factory.OutboxEventsAsync<SchedulingDbContext, AppointmentCancelled>()).Single();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        db.Publish(original with { EventId = Guid.NewGuid() });
        await db.SaveChangesAsync();
    }
}
