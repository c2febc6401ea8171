using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.MedicalHistory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class MedicalHistoryRecordConfiguration : IEntityTypeConfiguration<MedicalHistoryRecord>
{
    public void Configure(EntityTypeBuilder<MedicalHistoryRecord> builder)
    {
        builder.ToTable("MedicalHistory");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.RecordedByKind).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.RecordedById).HasMaxLength(AuditLimits.ActorId);
        builder.Property(m => m.RecordedByName).HasMaxLength(AuditLimits.ActorName);
        builder.Ignore(m => m.Data);

        // Two simultaneous saves cannot both become version n+1: the second fails and is answered 409.
        builder.HasIndex(m => new { m.PatientId, m.Version }).IsUnique();
    }
}
