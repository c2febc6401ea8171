using Clinic.Integrations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Persistence;

/// <summary>SQL Server flavour: every table in the module's own schema; owns the migrations under Migrations/SqlServer.</summary>
internal sealed class SqlServerIntegrationsDbContext(DbContextOptions<SqlServerIntegrationsDbContext> options) : IntegrationsDbContext(options)
{
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(IntegrationsModuleInfo.Name);
        base.ConfigureModule(modelBuilder);
    }
}
