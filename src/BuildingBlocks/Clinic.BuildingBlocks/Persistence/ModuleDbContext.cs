using System.Text.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>
/// Base of every module's DbContext: adds the module's outbox and processed-event tables, and
/// <see cref="Publish"/> so an event is saved by the same SaveChanges as the state change.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    internal static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();

    /// <summary>Queues an event for delivery; it is stored only if the surrounding SaveChanges succeeds.</summary>
    public void Publish(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        OutboxMessages.Add(OutboxMessage.Create(
            integrationEvent.EventId,
            IntegrationEventTypes.NameOf(type),
            JsonSerializer.Serialize(integrationEvent, type, EventJson),
            integrationEvent.OccurredAt));
    }

    /// <summary>The module's own tables; called before the shared conventions below are applied.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
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

        ConfigureModule(modelBuilder);
        UseDateTimeOffsetsThatSqliteCanCompare(modelBuilder);
    }

    /// <summary>
    /// SQLite stores DateTimeOffset as text and cannot order or compare it; storing UTC ticks
    /// keeps range queries (availability, outbox due dates) correct and index-friendly there.
    /// SQL Server keeps its native datetimeoffset.
    /// </summary>
    private void UseDateTimeOffsetsThatSqliteCanCompare(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite())
        {
            return;
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
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
}
