using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>
/// Lets one write transaction at a time into each SQLite file of this process, and makes the others
/// wait for their turn without holding a thread (ADR 0011). SQLite allows one writer per file anyway;
/// left to itself, a waiting writer sleeps on a thread-pool thread inside SQLite's busy handler, and
/// under a burst of bookings the few pool threads end up asleep while the one writer that holds the
/// lock waits for a thread to finish its transaction.
/// <para>
/// The turn is taken before BEGIN and given back when the transaction commits, rolls back or fails, or
/// at the latest when its connection closes or is disposed (a transaction disposed without either). Giving it back early
/// is harmless: the next writer then meets SQLite's lock and its busy timeout, which also covers
/// writers this gate cannot see (single statements outside a transaction, other processes).
/// </para>
/// </summary>
internal sealed class SqliteWriteGate : DbTransactionInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(SqliteConnectionTuning.BusyTimeoutMilliseconds);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbConnection, SemaphoreSlim> turns = new();
    private readonly ConditionalWeakTable<DbTransaction, DbConnection> connections = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        var gate = GateFor(connection);
        if (!gate.Wait(Patience))
        {
            throw Busy(connection);
        }

        turns.AddOrUpdate(connection, gate);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        var gate = GateFor(connection);
        if (!await gate.WaitAsync(Patience, cancellationToken))
        {
            throw Busy(connection);
        }

        turns.AddOrUpdate(connection, gate);
        return result;
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        connections.AddOrUpdate(result, connection);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        connections.AddOrUpdate(result, connection);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => EndTurn(transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EndTurn(transaction);

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => EndTurn(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EndTurn(transaction);

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => EndTurn(transaction);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndTurn(transaction);

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => EndTurn(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) => EndTurn(connection);

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => EndTurn(connection);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData) => EndTurn(connection);

    private SemaphoreSlim GateFor(DbConnection connection) =>
        gates.GetOrAdd(Path.GetFullPath(connection.DataSource), static _ => new SemaphoreSlim(1, 1));

    private Task EndTurn(DbTransaction transaction) =>
        connections.TryGetValue(transaction, out var connection) ? EndTurn(connection) : Task.CompletedTask;

    // Idempotent: commit and the connection closing afterwards both end the turn, and only the first counts.
    private Task EndTurn(DbConnection connection)
    {
        if (turns.TryGetValue(connection, out var gate) && turns.Remove(connection))
        {
            gate.Release();
        }

        return Task.CompletedTask;
    }

    private static TimeoutException Busy(DbConnection connection) =>
        new($"Waited {Patience.TotalSeconds:0} s for another write to {Path.GetFileName(connection.DataSource)} to finish.");
}
