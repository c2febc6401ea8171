using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Domain.ApiKeys;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Domain.PhoneVerifications;
using Clinic.Identity.Domain.Settings;
using Clinic.Identity.Features;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Persistence;

/// <summary>
/// Identity's own database: ASP.NET Core Identity's tables, patient profiles, links, SMS codes, API
/// keys, settings, the data-protection key ring shared by every host instance, and the outbox.
/// Handlers use this type; the engine-specific subclasses only carry migrations.
/// </summary>
internal abstract class IdentityDbContext(DbContextOptions options)
    : Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<ClinicUser, IdentityRole<Guid>, Guid>(options),
      IModuleDbContext, IDataProtectionKeyContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<PossibleDuplicate> PossibleDuplicates => Set<PossibleDuplicate>();

    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();

    public DbSet<PhoneVerification> PhoneVerifications => Set<PhoneVerification>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PortalAccessSettings> PortalAccessSettings => Set<PortalAccessSettings>();

    /// <summary>Engine-specific model settings (the SQL Server schema), applied before everything else.</summary>
    protected virtual void ConfigureEngine(ModelBuilder modelBuilder)
    {
    }

    protected sealed override void OnModelCreating(ModelBuilder builder)
    {
        ConfigureEngine(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        ModuleModel.Configure(builder, Database);
    }
}
