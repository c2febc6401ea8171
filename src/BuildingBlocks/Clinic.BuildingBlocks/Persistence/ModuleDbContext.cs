using Clinic.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>Base of a module's DbContext: its own tables plus the outbox and processed-event tables.</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();

    /// <summary>The module's own tables; called before the shared conventions are applied.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModule(modelBuilder);
        ModuleModel.Configure(modelBuilder, Database);
    }
}
