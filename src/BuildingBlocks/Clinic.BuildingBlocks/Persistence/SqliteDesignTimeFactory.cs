using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>Lets `dotnet ef` build a module's SQLite context without starting the host.</summary>
public abstract class SqliteDesignTimeFactory<TContext>(string module) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseModuleSqlite(Path.Combine(Path.GetTempPath(), "clinic-design-time"), module);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
