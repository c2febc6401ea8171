using Clinic.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Persistence;

/// <summary>SQL Server flavour: every table in the module's own schema; owns the migrations under Migrations/SqlServer.</summary>
internal sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options)
{
    protected override void ConfigureEngine(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema(IdentityModuleInfo.Name);
}
