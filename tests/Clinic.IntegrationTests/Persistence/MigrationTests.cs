using Clinic.Forms.Persistence;
using Clinic.Identity.Persistence;
using Clinic.Notifications.Persistence;
using Clinic.Scheduling.Persistence;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Clinic.IntegrationTests.Persistence;

/// <summary>
/// Both migration sets must describe the current model: a model change without a migration for
/// either engine fails here, long before a SQL Server deployment would.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string, string> Contexts => new()
    {
        { "scheduling", "sqlite" },
        { "scheduling", "sqlserver" },
        { "identity", "sqlite" },
        { "identity", "sqlserver" },
        { "notifications", "sqlite" },
        { "notifications", "sqlserver" },
        { "wallet", "sqlite" },
        { "wallet", "sqlserver" },
        { "forms", "sqlite" },
        { "forms", "sqlserver" },
    };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Given_a_module_model_When_compared_with_its_migrations_Then_there_are_no_pending_changes(string module, string engine)
    {
        using var db = CreateContext(module, engine);

        db.Database.HasPendingModelChanges().ShouldBeFalse($"add a {engine} migration for {module} (see README, 'Migrations')");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("scheduling", "Services")]
    [InlineData("scheduling", "ProviderTimeCells")]
    [InlineData("identity", "Patients")]
    [InlineData("identity", "AspNetUsers")]
    [InlineData("notifications", "Messages")]
    [InlineData("notifications", "AppointmentCalendars")]
    [InlineData("wallet", "Payments")]
    [InlineData("wallet", "PaymentOperations")]
    [InlineData("wallet", "LedgerEntries")]
    [InlineData("forms", "FormVersions")]
    [InlineData("forms", "AuditEntries")]
    public void Given_the_sql_server_migrations_When_scripted_idempotently_Then_every_table_lives_in_the_module_schema(string module, string table)
    {
        using var db = CreateContext(module, "sqlserver");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldContain($"SELECT * FROM [{module}].[__EFMigrationsHistory]");
        script.ShouldContain("IF NOT EXISTS");
        script.ShouldContain($"CREATE TABLE [{module}].[{table}]");
        script.ShouldContain($"CREATE TABLE [{module}].[OutboxMessages]");
        script.ShouldNotContain("CREATE TABLE [dbo].");
    }

    [Fact]
    public void Given_the_forms_migrations_When_scripted_Then_the_database_itself_refuses_to_change_audit_entries()
    {
        using var db = CreateContext("forms", "sqlserver");

        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)
            .ShouldContain("CREATE TRIGGER [forms].[AuditEntries_AppendOnly] ON [forms].[AuditEntries] INSTEAD OF UPDATE, DELETE");
    }

    [Fact]
    public void Given_the_notifications_migrations_When_scripted_Then_the_default_reminder_is_seeded()
    {
        using var db = CreateContext("notifications", "sqlserver");

        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)
            .ShouldContain("INSERT INTO [notifications].[ReminderRules]");
    }

    private static DbContext CreateContext(string module, string engine) => (module, engine) switch
    {
        ("scheduling", "sqlite") => new SqliteSchedulingDesignTimeFactory().CreateDbContext([]),
        ("scheduling", _) => new SqlServerSchedulingDesignTimeFactory().CreateDbContext([]),
        ("identity", "sqlite") => new SqliteIdentityDesignTimeFactory().CreateDbContext([]),
        ("identity", _) => new SqlServerIdentityDesignTimeFactory().CreateDbContext([]),
        ("notifications", "sqlite") => new SqliteNotificationsDesignTimeFactory().CreateDbContext([]),
        ("notifications", _) => new SqlServerNotificationsDesignTimeFactory().CreateDbContext([]),
        ("wallet", "sqlite") => new SqliteWalletDesignTimeFactory().CreateDbContext([]),
        ("wallet", _) => new SqlServerWalletDesignTimeFactory().CreateDbContext([]),
        ("forms", "sqlite") => new SqliteFormsDesignTimeFactory().CreateDbContext([]),
        _ => new SqlServerFormsDesignTimeFactory().CreateDbContext([]),
    };
}
