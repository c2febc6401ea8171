using System.Net;
using System.Net.Http.Json;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Features.Categories.CreateServiceCategory;
using Clinic.Identity.Persistence;
using Clinic.Scheduling.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Persistence;

/// <summary>
/// How writers share the embedded database (ADR 0011): per-connection settings that must hold on every
/// connection a module uses, including pooled ones opened again, and the one-writer-at-a-time gate that
/// must hand the turn on however a transaction ends.
/// </summary>
public sealed class SqliteConnectionTests : IDisposable
{
    private readonly ClinicApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_module_context_When_its_pooled_connection_is_opened_again_Then_it_keeps_normal_sync_and_the_busy_timeout()
    {
        _ = factory.Server;
        for (var open = 0; open < 3; open++)
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();

            (await PragmaAsync(db, "synchronous")).ShouldBe(1, "1 is NORMAL");
            (await PragmaAsync(db, "busy_timeout")).ShouldBe(30_000);
            (await PragmaAsync(db, "journal_mode", text: true)).ShouldBe("wal");
        }
    }

    [Fact]
    public async Task Given_another_connection_holds_the_write_lock_When_staff_save_Then_the_save_waits_for_it_and_succeeds()
    {
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        await using var other = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "scheduling.db")};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        var save = admin.PostAsJsonAsync("/api/admin/catalog/categories", new CreateServiceCategory("Depilación láser", "Láser de diodo", 1));
        await Task.Delay(300);
        save.IsCompleted.ShouldBeFalse("the write is waiting for the lock");
        await using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }

        (await save).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("commit")]
    [InlineData("rollback")]
    [InlineData("dispose")]
    public async Task Given_a_write_transaction_When_it_ends_in_any_way_Then_the_next_writer_waits_for_it_and_then_goes_ahead(string ending)
    {
        _ = factory.Server;
        using var firstScope = factory.Services.CreateScope();
        using var secondScope = factory.Services.CreateScope();
        var first = firstScope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var transaction = await first.Database.BeginTransactionAsync();

        var next = second.Database.BeginTransactionAsync();
        await Task.Delay(200);
        next.IsCompleted.ShouldBeFalse("one writer at a time per database file");
        await (ending switch
        {
            "commit" => transaction.CommitAsync(),
            "rollback" => transaction.RollbackAsync(),
            _ => transaction.DisposeAsync().AsTask(),
        });

        // Far below the 30 s a forgotten turn would cost: the turn is handed on as the first transaction ends.
        await using var started = await next.WaitAsync(TimeSpan.FromSeconds(10));
        await started.CommitAsync();
        await transaction.DisposeAsync();
    }

    [Fact]
    public async Task Given_a_write_transaction_on_one_module_When_another_module_writes_Then_it_does_not_wait()
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var scheduling = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await using var held = await scheduling.Database.BeginTransactionAsync();

        await using var other = await identity.Database.BeginTransactionAsync().WaitAsync(TimeSpan.FromSeconds(10));

        await other.CommitAsync();
    }

    private static async Task<object> PragmaAsync(DbContext db, string name, bool text = false)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            var value = await command.ExecuteScalarAsync();
            return text ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)! : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
