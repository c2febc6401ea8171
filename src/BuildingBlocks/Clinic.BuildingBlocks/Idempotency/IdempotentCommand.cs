using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clinic.BuildingBlocks.Errors;
using Microsoft.EntityFrameworkCore;

namespace Clinic.BuildingBlocks.Idempotency;

/// <summary>
/// Runs a command at most once per Idempotency-Key. Call inside the command's transaction: a replay
/// with the same body returns the stored response; the same key with a different body is refused (422).
/// </summary>
public static class IdempotentCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<Type, Func<DbContext, string, string, CancellationToken, Task<IdempotencyRecord?>>> Lookups = new();

    /// <summary>The stored response for this key, or null when the command has not run yet.</summary>
    public static async Task<TResponse?> FindReplayAsync<TRequest, TResponse>(
        DbContext db, string operation, string? key, TRequest request, CancellationToken cancellationToken)
        where TResponse : class
    {
        if (key is null)
        {
            return null;
        }

        var record = await FindRecord(db)(db, operation, key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (record.RequestHash != Hash(request))
        {
            throw new BusinessRuleException("This Idempotency-Key was already used for a different request. Use a new key for a new request.");
        }

        return JsonSerializer.Deserialize<TResponse>(record.ResponseJson, Json);
    }

    /// <summary>Stages the response for storage; saved by the caller's SaveChanges with the command's effects.</summary>
    public static void Remember<TRequest, TResponse>(
        DbContext db, string operation, string? key, TRequest request, TResponse response, DateTimeOffset now)
    {
        if (key is not null)
        {
            db.Set<IdempotencyRecord>().Add(new IdempotencyRecord(key, operation, Hash(request), JsonSerializer.Serialize(response, Json), now));
        }
    }

    /// <summary>
    /// The lookup runs before every keyed command, so it is compiled once per module's context type: a compiled query is
    /// bound to one model, and sharing one between modules would recompile it whenever the module changed.
    /// </summary>
    private static Func<DbContext, string, string, CancellationToken, Task<IdempotencyRecord?>> FindRecord(DbContext db) =>
        Lookups.GetOrAdd(db.GetType(), static _ => EF.CompileAsyncQuery<DbContext, string, string, IdempotencyRecord?>((context, operation, key, _) =>
            context.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefault(r => r.Operation == operation && r.Key == key)));

    private static string Hash<TRequest>(TRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json))));
}
