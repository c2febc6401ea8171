using Clinic.Scheduling.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Persistence;

/// <summary>SQL Server flavour: every table in the module's own schema; owns the migrations under Migrations/SqlServer.</summary>
internal sealed class SqlServerSchedulingDbContext(DbContextOptions<SqlServerSchedulingDbContext> options) : SchedulingDbContext(options)
{
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(SchedulingModuleInfo.Name);
        base.ConfigureModule(modelBuilder);
    }
}
