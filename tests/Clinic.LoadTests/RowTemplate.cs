using Microsoft.Data.Sqlite;

namespace Clinic.LoadTests;

/// <summary>
/// Rows the product really wrote, read back from its SQLite file, to be inserted again with other values. Every column
/// is copied as stored, so the copies have exactly the shape of the product's rows (a column added later is copied too);
/// the caller decides which values change (keys, times). Inserting is one prepared statement per table, the cheapest
/// way SQLite can be asked to store those rows.
/// </summary>
internal sealed class RowTemplate
{
    private RowTemplate(string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, IReadOnlySet<string> keyColumns)
    {
        Table = table;
        Columns = columns;
        Rows = rows;
        KeyColumns = keyColumns;
    }

    public string Table { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>Columns of the primary key or of a unique index: a copy needs new values there.</summary>
    public IReadOnlySet<string> KeyColumns { get; }

    /// <summary>The rows of <paramref name="table"/> where <paramref name="column"/> equals (or, with a %, is LIKE) the value.</summary>
    public static RowTemplate Read(SqliteConnection connection, string table, string column, string value)
    {
        var columns = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, pk FROM pragma_table_info('{table}')";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
                if (reader.GetInt64(1) > 0)
                {
                    keys.Add(reader.GetString(0));
                }
            }
        }

        using (var unique = connection.CreateCommand())
        {
            unique.CommandText = $"SELECT ii.name FROM pragma_index_list('{table}') il JOIN pragma_index_info(il.name) ii WHERE il.\"unique\" = 1";
            using var reader = unique.ExecuteReader();
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }
        }

        var rows = new List<object?[]>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)} WHERE {Quote(column)} {(value.Contains('%') ? "LIKE" : "=")} $value";
            select.Parameters.AddWithValue("$value", value);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var row = new object?[columns.Count];
                for (var i = 0; i < columns.Count; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }
        }

        if (rows.Count == 0)
        {
            throw new InvalidOperationException($"No row of {table} has {column} = {value}: the confirmation did not write what the load test expects.");
        }

        return new RowTemplate(table, columns, rows, keys);
    }

    /// <summary>A prepared INSERT of this table's rows on <paramref name="connection"/>.</summary>
    public Inserter PrepareInsert(SqliteConnection connection) => new(this, connection);

    private static string Quote(string name) => $"\"{name}\"";

    internal sealed class Inserter : IDisposable
    {
        private readonly RowTemplate template;
        private readonly SqliteCommand command;

        public Inserter(RowTemplate template, SqliteConnection connection)
        {
            this.template = template;
            command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO {Quote(template.Table)} ({string.Join(", ", template.Columns.Select(Quote))}) "
                                  + $"VALUES ({string.Join(", ", template.Columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < template.Columns.Count; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }
        }

        /// <summary>Inserts every template row once, each value passed through <paramref name="map"/> (column, stored value → value to write).</summary>
        public void InsertAll(SqliteTransaction transaction, Func<string, object?, object?> map)
        {
            command.Transaction = transaction;
            foreach (var row in template.Rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    command.Parameters[i].Value = map(template.Columns[i], row[i]) ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }
        }

        public void Dispose() => command.Dispose();
    }
}
