using Clinic.Forms.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActorKind).HasConversion<string>().HasMaxLength(12);
        builder.Property(a => a.ActorId).HasMaxLength(AuditLimits.ActorId);
        builder.Property(a => a.ActorName).HasMaxLength(AuditLimits.ActorName);
        builder.Property(a => a.ActorRoles).HasMaxLength(AuditLimits.ActorRoles);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.RecordType).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Detail).HasMaxLength(AuditLimits.Detail);
        builder.Property(a => a.IpAddress).HasMaxLength(AuditLimits.IpAddress);
        builder.Property(a => a.UserAgent).HasMaxLength(AuditLimits.UserAgent);
        builder.HasIndex(a => new { a.PatientId, a.At });
        builder.HasIndex(a => new { a.RecordId, a.Action });
    }
}
