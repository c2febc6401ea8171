using Clinic.Notifications.Persistence;
using Clinic.Scheduling.Persistence;
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
    public static TheoryData<string> Contexts => new() { "sqlite", "sqlserver" };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Given_the_scheduling_model_When_compared_with_its_migrations_Then_there_are_no_pending_changes(string engine)
    {
        using var db = CreateSchedulingContext(engine);

        db.Database.HasPendingModelChanges().ShouldBeFalse($"add a {engine} migration for Scheduling (see README, 'Migrations')");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void Given_the_sql_server_migrations_When_scripted_idempotently_Then_every_table_lives_in_the_module_schema()
    {
        using var db = CreateSchedulingContext("sqlserver");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldContain("SELECT * FROM [scheduling].[__EFMigrationsHistory]");
        script.ShouldContain("IF NOT EXISTS");
        script.ShouldContain("CREATE TABLE [scheduling].[Services]");
        script.ShouldContain("CREATE TABLE [scheduling].[OutboxMessages]");
        script.ShouldNotContain("CREATE TABLE [dbo].");
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Given_the_notifications_model_When_compared_with_its_migrations_Then_there_are_no_pending_changes(string engine)
    {
        using var db = CreateNotificationsContext(engine);

        db.Database.HasPendingModelChanges().ShouldBeFalse($"add a {engine} migration for Notifications (see README, 'Migrations')");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void Given_the_notifications_sql_server_migrations_When_scripted_Then_every_table_lives_in_the_module_schema_and_the_default_reminder_is_seeded()
    {
        using var db = CreateNotificationsContext("sqlserver");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldContain("CREATE TABLE [notifications].[Messages]");
        script.ShouldContain("CREATE TABLE [notifications].[AppointmentCalendars]");
        script.ShouldContain("CREATE TABLE [notifications].[OutboxMessages]");
        script.ShouldContain("INSERT INTO [notifications].[ReminderRules]");
        script.ShouldNotContain("CREATE TABLE [dbo].");
    }

    private static NotificationsDbContext CreateNotificationsContext(string engine) => engine switch
    {
        "sqlite" => new SqliteNotificationsDesignTimeFactory().CreateDbContext([]),
        _ => new SqlServerNotificationsDesignTimeFactory().CreateDbContext([]),
    };

    private static SchedulingDbContext CreateSchedulingContext(string engine) => engine switch
    {
        "sqlite" => new SqliteSchedulingDesignTimeFactory().CreateDbContext([]),
        _ => new SqlServerSchedulingDesignTimeFactory().CreateDbContext([]),
    };
}
