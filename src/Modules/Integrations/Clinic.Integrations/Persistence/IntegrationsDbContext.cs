using Clinic.BuildingBlocks.Persistence;
using Clinic.Integrations.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Persistence;

/// <summary>Integrations' own database. Handlers use this type; the engine-specific subclasses only carry migrations.</summary>
internal abstract class IntegrationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntegrationsDbContext).Assembly);
}
