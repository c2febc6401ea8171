using Clinic.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>The tables and conventions every module's model shares; call after the module's own configuration.</summary>
public static class ModuleModel
{
    public static void Configure(ModelBuilder modelBuilder, DatabaseFacade database)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).ValueGeneratedNever();
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.Ignore(m => m.Status);
            outbox.Property(m => m.LockToken).IsConcurrencyToken();
            outbox.HasIndex(m => new { m.ProcessedAt, m.DeadLetteredAt, m.NextAttemptAt });
        });
        modelBuilder.Entity<ProcessedEvent>(processed =>
        {
            processed.ToTable("ProcessedEvents");
            processed.HasKey(p => new { p.EventId, p.Consumer });
            processed.Property(p => p.Consumer).HasMaxLength(300);
        });

        if (database.IsSqlite())
        {
            UseDateTimeOffsetsThatSqliteCanCompare(modelBuilder);
        }
    }

    /// <summary>
    /// SQLite stores DateTimeOffset as text and cannot order or compare it; storing UTC ticks
    /// keeps range queries (availability, outbox due dates) correct and index-friendly there.
    /// SQL Server keeps its native datetimeoffset.
    /// </summary>
    private static void UseDateTimeOffsetsThatSqliteCanCompare(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()))
        {
            if (property.ClrType == typeof(DateTimeOffset))
            {
                property.SetValueConverter(UtcTicksConverter.Instance);
            }
            else if (property.ClrType == typeof(DateTimeOffset?))
            {
                property.SetValueConverter(UtcTicksConverter.Nullable);
            }
        }
    }
}
