using Clinic.Identity.Domain.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Identity.Persistence.Configurations;

internal sealed class PossibleDuplicateConfiguration : IEntityTypeConfiguration<PossibleDuplicate>
{
    public void Configure(EntityTypeBuilder<PossibleDuplicate> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reason).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(d => new { d.PatientId, d.DuplicateOfId }).IsUnique();
        builder.HasIndex(d => d.DuplicateOfId);
    }
}
