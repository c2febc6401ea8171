using System.Net;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Outbox;

public sealed class OutboxTests : IDisposable
{
    // Events stamp themselves with the real time, so the fake clock starts a little after it.
    private readonly DateTimeOffset Start = TestClock.Now.AddMinutes(5);
    private readonly ScriptedPublisher publisher = new();
    private readonly ClinicApiFactory factory;

    public OutboxTests()
    {
        factory = new ClinicApiFactory()
            .WithoutBackgroundWorkers()
            .With("Outbox:MaxAttempts", "3")
            .WithFakeClock(Start);
        factory.ConfigureServices = services => services.AddScoped<IIntegrationEventPublisher>(_ => publisher);
        factory.Services.GetRequiredService<IntegrationEventTypes>().AddFromAssembly(typeof(TestEventHappened).Assembly);
    }

    public void Dispose() => factory.Dispose();

    private OutboxProcessor<SchedulingDbContext> Processor => factory.Services.GetRequiredService<OutboxProcessor<SchedulingDbContext>>();

    [Fact]
    public async Task Given_a_state_change_with_an_event_When_saved_Then_both_are_stored_together()
    {
        var location = await SaveLocationWithEventAsync("Sede Centro", new TestEventHappened("created") { OccurredAt = Start });

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        (await db.Locations.AnyAsync(l => l.Id == location.Id)).ShouldBeTrue();
        (await db.OutboxMessages.SingleAsync()).Type.ShouldBe(typeof(TestEventHappened).FullName);
    }

    [Fact]
    public async Task Given_a_save_that_fails_When_it_carried_an_event_Then_neither_the_change_nor_the_event_is_stored()
    {
        await SaveLocationWithEventAsync("Sede Centro", new TestEventHappened("first") { OccurredAt = Start });

        await Should.ThrowAsync<DbUpdateException>(() => SaveLocationWithEventAsync("SEDE CENTRO", new TestEventHappened("duplicate") { OccurredAt = Start }));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        (await db.Locations.CountAsync()).ShouldBe(1);
        (await db.OutboxMessages.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_stored_event_When_the_dispatcher_runs_twice_Then_it_is_delivered_once_and_marked_delivered()
    {
        var raised = new TestEventHappened("once") { OccurredAt = Start };
        await SaveLocationWithEventAsync("Sede", raised);

        (await Processor.ProcessBatchAsync(CancellationToken.None)).ShouldBe(1);
        (await Processor.ProcessBatchAsync(CancellationToken.None)).ShouldBe(0);

        publisher.Delivered.Single().ShouldBe(raised);
        (await ReadMessageAsync(raised.EventId)).Status.ShouldBe(OutboxMessageStatus.Delivered);
    }

    [Fact]
    public async Task Given_a_failing_consumer_When_delivery_fails_Then_it_is_retried_after_the_backoff_and_then_delivered()
    {
        publisher.FailuresPerEvent = 1;
        var raised = new TestEventHappened("retry") { OccurredAt = Start };
        await SaveLocationWithEventAsync("Sede", raised);

        await Processor.ProcessBatchAsync(CancellationToken.None);
        var failed = await ReadMessageAsync(raised.EventId);
        failed.Status.ShouldBe(OutboxMessageStatus.Retrying);
        failed.Attempts.ShouldBe(1);
        failed.LastError!.ShouldContain("consumer unavailable");
        failed.NextAttemptAt.ShouldBeGreaterThan(Start);

        (await Processor.ProcessBatchAsync(CancellationToken.None)).ShouldBe(0, "nothing is due before the backoff elapses");
        factory.Clock!.Advance(TimeSpan.FromMinutes(1));
        await Processor.ProcessBatchAsync(CancellationToken.None);

        publisher.Delivered.Single().ShouldBe(raised);
        (await ReadMessageAsync(raised.EventId)).Status.ShouldBe(OutboxMessageStatus.Delivered);
    }

    [Fact]
    public async Task Given_a_consumer_that_always_fails_When_max_attempts_are_used_Then_the_event_is_dead_lettered_and_shown_to_staff()
    {
        publisher.FailuresPerEvent = int.MaxValue;
        var raised = new TestEventHappened("doomed") { OccurredAt = Start };
        await SaveLocationWithEventAsync("Sede", raised);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Processor.ProcessBatchAsync(CancellationToken.None);
            factory.Clock!.Advance(TimeSpan.FromHours(1));
        }

        var message = await ReadMessageAsync(raised.EventId);
        message.Status.ShouldBe(OutboxMessageStatus.DeadLettered);
        message.Attempts.ShouldBe(3);
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        var dead = await (await admin.GetAsync("/api/admin/outbox?status=DeadLettered")).ShouldBeJsonAsync<List<OutboxMessageView>>();
        dead.Single().Id.ShouldBe(raised.EventId);
        dead.Single().Module.ShouldBe("scheduling");

        publisher.FailuresPerEvent = 0;
        (await admin.PostAsync($"/api/admin/outbox/scheduling/{raised.EventId}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Processor.ProcessBatchAsync(CancellationToken.None);
        (await ReadMessageAsync(raised.EventId)).Status.ShouldBe(OutboxMessageStatus.Delivered);
        publisher.Delivered.Single().ShouldBe(raised);
    }

    [Fact]
    public async Task Given_a_message_that_is_not_dead_When_staff_retry_it_Then_404()
    {
        var raised = new TestEventHappened("alive") { OccurredAt = Start };
        await SaveLocationWithEventAsync("Sede", raised);

        await (await factory.CreateClientAs(ClinicRoles.Admin).PostAsync($"/api/admin/outbox/scheduling/{raised.EventId}/retry", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_two_dispatchers_on_one_database_When_they_run_concurrently_Then_every_event_is_delivered_exactly_once()
    {
        var raised = Enumerable.Range(0, 60).Select(i => new TestEventHappened($"event {i}") { OccurredAt = Start }).ToList();
        for (var i = 0; i < raised.Count; i++)
        {
            await SaveLocationWithEventAsync($"Sede {i}", raised[i]);
        }

        // Two processor instances stand for two host processes: separate objects, one database.
        var first = ActivatorUtilities.CreateInstance<OutboxProcessor<SchedulingDbContext>>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<OutboxProcessor<SchedulingDbContext>>(factory.Services);
        await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        publisher.Delivered.Select(e => e.EventId).Order().ShouldBe(raised.Select(e => e.EventId).Order());
    }

    private static async Task DrainAsync(OutboxProcessor<SchedulingDbContext> processor)
    {
        for (var idle = 0; idle < 3;)
        {
            idle = await processor.ProcessBatchAsync(CancellationToken.None) == 0 ? idle + 1 : 0;
            await Task.Yield();
        }
    }

    private async Task<Location> SaveLocationWithEventAsync(string name, IIntegrationEvent integrationEvent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var location = Location.Create(name, "Calle 1", "+34 600 000 000", "Europe/Madrid");
        db.Locations.Add(location);
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
        return location;
    }

    private async Task<OutboxMessage> ReadMessageAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
