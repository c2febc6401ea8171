using Clinic.BuildingBlocks.Outbox;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Outbox;

public sealed class IdempotentConsumerTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_an_event_already_handled_When_it_is_delivered_again_Then_the_consumer_changes_nothing()
    {
        var redelivered = new TestEventHappened("Sede Redelivered") { OccurredAt = TestClock.Now };

        await HandleInFreshScopeAsync(redelivered);
        await HandleInFreshScopeAsync(redelivered);
        await HandleInFreshScopeAsync(new TestEventHappened("Sede Other") { OccurredAt = TestClock.Now });

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        (await db.Locations.Select(l => l.Name).OrderBy(n => n).ToListAsync()).ShouldBe(["Sede Other", "Sede Redelivered"]);
        (await db.ProcessedEvents.CountAsync()).ShouldBe(2);
    }

    private async Task HandleInFreshScopeAsync(TestEventHappened integrationEvent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var handler = new CreatesLocationOnEvent(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>(), TimeProvider.System);
        await handler.Handle(integrationEvent, CancellationToken.None);
    }

    /// <summary>A consumer whose effect is visible: it adds a location named after the event.</summary>
    private sealed class CreatesLocationOnEvent(SchedulingDbContext db, TimeProvider clock)
        : IntegrationEventHandler<TestEventHappened, SchedulingDbContext>(db, clock)
    {
        protected override ValueTask HandleAsync(TestEventHappened integrationEvent, CancellationToken cancellationToken)
        {
            Db.Locations.Add(Location.Create(integrationEvent.Note, "Calle 1", "+34 600 000 000", "Europe/Madrid"));
            return ValueTask.CompletedTask;
        }
    }
}
