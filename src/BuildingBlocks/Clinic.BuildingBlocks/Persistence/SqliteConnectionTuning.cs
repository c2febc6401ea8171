using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>
/// Per-connection SQLite settings, applied once to each physical connection (a pooled connection keeps
/// them, so reopening it costs nothing):
/// <list type="bullet">
/// <item>In WAL mode, synchronous=NORMAL syncs at checkpoints instead of on every commit: still crash-safe
/// (no corruption, committed data survives an application crash), and several times more commits per second.</item>
/// <item>busy_timeout lets SQLite itself wait for the write lock, retrying within a millisecond or two of its
/// release, for writers <see cref="SqliteWriteGate"/> does not order (single statements, other processes).
/// Without it Microsoft.Data.Sqlite retries a busy statement only every 150 ms (ADR 0011).</item>
/// </list>
/// Foreign keys are on by default in Microsoft.Data.Sqlite.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public static readonly SqliteConnectionTuning Instance = new();

    /// <summary>As long as the command timeout ("Default Timeout" in the connection string).</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    private static readonly string Pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds};";

    // Keyed by the native handle, which lives as long as the physical connection, across pooled opens.
    private readonly ConditionalWeakTable<object, object> tuned = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsTuning(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsTuning(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }
    }

    // A physical connection is used by one caller at a time, so check-then-remember cannot race.
    private bool NeedsTuning(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !tuned.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            tuned.AddOrUpdate(handle, handle);
        }
    }
}
