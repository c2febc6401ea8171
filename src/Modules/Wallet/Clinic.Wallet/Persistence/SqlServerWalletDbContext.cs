using Clinic.Wallet.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Persistence;

/// <summary>SQL Server flavour: every table in the module's own schema; owns the migrations under Migrations/SqlServer.</summary>
internal sealed class SqlServerWalletDbContext(DbContextOptions<SqlServerWalletDbContext> options) : WalletDbContext(options)
{
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(WalletModuleInfo.Name);
        base.ConfigureModule(modelBuilder);
    }
}
