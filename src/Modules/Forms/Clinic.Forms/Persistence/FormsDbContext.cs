using Clinic.BuildingBlocks.Persistence;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.MedicalHistory;
using Clinic.Forms.Domain.Patients;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Submissions;
using Clinic.Forms.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Persistence;

/// <summary>Forms' own database. Handlers use this type; the engine-specific subclasses only carry migrations.</summary>
internal abstract class FormsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Form> Forms => Set<Form>();

    public DbSet<FormVersion> FormVersions => Set<FormVersion>();

    public DbSet<FormServiceAssignment> FormServiceAssignments => Set<FormServiceAssignment>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<FormRequest> FormRequests => Set<FormRequest>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SignedDocument> SignedDocuments => Set<SignedDocument>();

    public DbSet<MedicalHistoryRecord> MedicalHistoryRecords => Set<MedicalHistoryRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PatientAlias> PatientAliases => Set<PatientAlias>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FormsDbContext).Assembly);

    /// <summary>The audit trail is append-only (BY5); the database triggers say the same for anything that bypasses EF.</summary>
    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only: they are never updated or deleted.");
        }
    }
}
