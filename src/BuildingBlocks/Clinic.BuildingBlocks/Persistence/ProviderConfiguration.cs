using Microsoft.EntityFrameworkCore;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>How a module's context is pointed at each engine; shared by run time and design time so they cannot drift.</summary>
public static class ProviderConfiguration
{
    public const string HistoryTable = "__EFMigrationsHistory";

    public static DbContextOptionsBuilder UseModuleSqlite(this DbContextOptionsBuilder builder, string dataDirectory, string module)
    {
        Directory.CreateDirectory(dataDirectory);
        var file = Path.GetFullPath(Path.Combine(dataDirectory, $"{module}.db"));
        return builder
            .UseSqlite($"Data Source={file};Pooling=True;Default Timeout=30")
            .AddInterceptors(SqliteConnectionTuning.Instance, SqliteWriteGate.Instance);
    }

    public static DbContextOptionsBuilder UseModuleSqlServer(this DbContextOptionsBuilder builder, string connectionString, string module) =>
        builder.UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable(HistoryTable, module));
}
