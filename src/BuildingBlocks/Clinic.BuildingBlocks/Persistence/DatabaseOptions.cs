namespace Clinic.BuildingBlocks.Persistence;

/// <summary>Configuration section "Database": which engine every module uses and where.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite only: folder holding one file per module.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQL Server only: one database; each module lives in its own schema.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up. On by default for the embedded SQLite set-up.</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
