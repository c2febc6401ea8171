using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>Lets `dotnet ef` build a module's SQL Server context; no server is contacted to add migrations or script them.</summary>
public abstract class SqlServerDesignTimeFactory<TContext>(string module) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseModuleSqlServer("Server=design-time;Database=Clinic;Trusted_Connection=True;TrustServerCertificate=True", module);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
