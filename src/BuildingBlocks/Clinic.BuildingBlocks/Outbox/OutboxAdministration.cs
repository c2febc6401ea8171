using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Clinic.BuildingBlocks.Outbox;

/// <summary>Staff view of event delivery across modules: what is waiting, retrying or dead, and a way to retry the dead.</summary>
public static class OutboxAdministration
{
    public static IEndpointRouteBuilder MapOutboxAdministration(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/outbox")
            .WithTags("Operations")
            .RequireAuthorization(ClinicPolicies.ManageClinic);

        group.MapGet("/", ListOutboxMessages)
            .WithName("ListOutboxMessages")
            .WithSummary("Lists integration events by delivery status, newest first, across all modules.");
        group.MapPost("/{module}/{messageId:guid}/retry", RetryOutboxMessage)
            .WithName("RetryOutboxMessage")
            .WithSummary("Queues a dead-lettered event for immediate redelivery.");
        return app;
    }

    private static async Task<Ok<List<OutboxMessageView>>> ListOutboxMessages(
        IEnumerable<IModuleDatabase> databases, IServiceProvider services, CancellationToken cancellationToken,
        OutboxMessageStatus? status = null, int limit = 100)
    {
        limit = Math.Clamp(limit, 1, 500);
        var views = new List<OutboxMessageView>();
        foreach (var database in databases)
        {
            var messages = await database.ListOutboxAsync(services, status, limit, cancellationToken);
            views.AddRange(messages.Select(m => new OutboxMessageView(
                database.Module, m.Id, m.Type, m.Status, m.OccurredAt, m.Attempts, m.NextAttemptAt, m.ProcessedAt, m.DeadLetteredAt, m.LastError)));
        }

        return TypedResults.Ok(views.OrderByDescending(v => v.OccurredAt).Take(limit).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryOutboxMessage(
        string module, Guid messageId, IEnumerable<IModuleDatabase> databases, IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        var database = databases.SingleOrDefault(d => string.Equals(d.Module, module, StringComparison.OrdinalIgnoreCase));
        if (database is null || !await database.RetryDeadLetterAsync(services, messageId, clock.GetUtcNow(), cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found",
                detail: $"No dead-lettered message '{messageId}' in module '{module}'.");
        }

        return TypedResults.NoContent();
    }
}
