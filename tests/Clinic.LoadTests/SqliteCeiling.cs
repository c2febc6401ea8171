using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Clinic.LoadTests;

/// <summary>
/// How many bookings per second SQLite itself can store on this machine, now: the rows one real confirmation wrote
/// (its patient in Identity's file; its appointment with service lines, time cells, audit line, idempotency record
/// and outbox event in Scheduling's) are inserted again with fresh keys, one transaction per file per booking, serially,
/// with the host's settings (WAL, synchronous=NORMAL), into copies of the host's files taken now (same schema, indexes
/// and size). No EF Core, no HTTP, no validation: the number the product's booking path is compared with.
/// </summary>
internal static class SqliteCeiling
{
    public sealed record Result(int Bookings, TimeSpan Elapsed, IReadOnlyList<string> RowsPerBooking)
    {
        public double PerSecond => Bookings / Elapsed.TotalSeconds;
    }

    /// <param name="dataDirectory">The host's data directory (identity.db, scheduling.db).</param>
    /// <param name="patientId">The patient a warm-up confirmation created.</param>
    /// <param name="appointmentId">That confirmation's appointment.</param>
    /// <param name="idempotencyKey">The Idempotency-Key it was sent with.</param>
    public static Result Measure(string dataDirectory, Guid patientId, Guid appointmentId, string idempotencyKey, int bookings)
    {
        var copies = Directory.CreateDirectory(Path.Combine(dataDirectory, "ceiling")).FullName;
        using var identity = Copy(dataDirectory, copies, "identity");
        using var scheduling = Copy(dataDirectory, copies, "scheduling");

        var patient = Id(identity, "Patients", patientId);
        var appointment = Id(scheduling, "Appointments", appointmentId);
        var identityRows = new[] { RowTemplate.Read(identity, "Patients", "Id", patient) };
        var schedulingRows = new[]
        {
            RowTemplate.Read(scheduling, "Appointments", "Id", appointment),
            RowTemplate.Read(scheduling, "AppointmentServices", "AppointmentId", appointment),
            RowTemplate.Read(scheduling, "ProviderTimeCells", "OwnerId", appointment),
            RowTemplate.Read(scheduling, "AppointmentChanges", "AppointmentId", appointment),
            RowTemplate.Read(scheduling, "IdempotencyRecords", "Key", idempotencyKey),
            RowTemplate.Read(scheduling, "OutboxMessages", "Payload", $"%{appointmentId}%"),
        };

        var identityInserts = identityRows.Select(t => t.PrepareInsert(identity)).ToList();
        var schedulingInserts = schedulingRows.Select(t => t.PrepareInsert(scheduling)).ToList();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < bookings; i++)
        {
            var fresh = new FreshKeys(i, patient, appointment);
            using (var transaction = identity.BeginTransaction())
            {
                identityInserts.ForEach(insert => insert.InsertAll(transaction, fresh.Map(identityRows)));
                transaction.Commit();
            }

            using (var transaction = scheduling.BeginTransaction())
            {
                foreach (var (insert, template) in schedulingInserts.Zip(schedulingRows))
                {
                    insert.InsertAll(transaction, fresh.Map([template]));
                }

                transaction.Commit();
            }
        }

        clock.Stop();
        identityInserts.Concat(schedulingInserts).ToList().ForEach(i => i.Dispose());
        var rows = identityRows.Concat(schedulingRows).Select(t => $"{t.Rows.Count} {t.Table}").ToList();
        return new Result(bookings, clock.Elapsed, rows);
    }

    /// <summary>A consistent copy of the host's file (VACUUM INTO reads one snapshot), opened as the host opens its own.</summary>
    private static SqliteConnection Copy(string dataDirectory, string copies, string module)
    {
        var target = Path.Combine(copies, $"{module}.db");
        File.Delete(target);
        using (var source = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, $"{module}.db")};Pooling=False"))
        {
            source.Open();
            using var vacuum = source.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", target);
            vacuum.ExecuteNonQuery();
        }

        var connection = new SqliteConnection($"Data Source={target};Pooling=False");
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    /// <summary>The id as the file stores it (EF Core writes GUIDs as upper-case text on SQLite).</summary>
    private static string Id(SqliteConnection connection, string table, Guid id)
    {
        using var find = connection.CreateCommand();
        find.CommandText = $"SELECT \"Id\" FROM \"{table}\" WHERE upper(\"Id\") = upper($id)";
        find.Parameters.AddWithValue("$id", id.ToString());
        return find.ExecuteScalar() as string ?? throw new InvalidOperationException($"{table} {id} is not in the file.");
    }

    /// <summary>
    /// The values that must differ in each copied booking: the patient's and the appointment's ids wherever they appear,
    /// a new GUID for every other row's own Id, and a suffix or an offset for any other key or unique value (the
    /// idempotency key, the normalized email, a time cell's index).
    /// </summary>
    private sealed class FreshKeys(int iteration, string patient, string appointment)
    {
        private readonly string patientId = Guid.NewGuid().ToString().ToUpperInvariant();
        private readonly string appointmentId = Guid.NewGuid().ToString().ToUpperInvariant();

        public Func<string, object?, object?> Map(IReadOnlyList<RowTemplate> templates)
        {
            var keys = templates.SelectMany(t => t.KeyColumns).ToHashSet(StringComparer.Ordinal);
            return (column, value) => value switch
            {
                string s when s == patient => patientId,
                string s when s == appointment => appointmentId,
                _ when !keys.Contains(column) => value,
                string when column == "Id" => Guid.NewGuid().ToString().ToUpperInvariant(),
                // A reference inside a composite key (a time cell's provider) stays; its other part changes.
                string s when Guid.TryParse(s, out _) => s,
                string s => $"{s}~{iteration.ToString(CultureInfo.InvariantCulture)}",
                long n => n + ((iteration + 1) * 10_000_000L),
                _ => value,
            };
        }
    }
}
