using Clinic.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Persistence;

/// <summary>SQL Server flavour: every table in the module's own schema; owns the migrations under Migrations/SqlServer.</summary>
internal sealed class SqlServerNotificationsDbContext(DbContextOptions<SqlServerNotificationsDbContext> options) : NotificationsDbContext(options)
{
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(NotificationsModuleInfo.Name);
        base.ConfigureModule(modelBuilder);
    }
}
