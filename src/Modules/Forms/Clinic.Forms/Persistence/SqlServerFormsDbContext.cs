using Clinic.Forms.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Persistence;

/// <summary>SQL Server flavour: every table in the module's own schema; owns the migrations under Migrations/SqlServer.</summary>
internal sealed class SqlServerFormsDbContext(DbContextOptions<SqlServerFormsDbContext> options) : FormsDbContext(options)
{
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(FormsModuleInfo.Name);
        base.ConfigureModule(modelBuilder);
    }
}
