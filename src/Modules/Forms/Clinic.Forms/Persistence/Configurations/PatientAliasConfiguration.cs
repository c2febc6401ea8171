using Clinic.Forms.Domain.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class PatientAliasConfiguration : IEntityTypeConfiguration<PatientAlias>
{
    public void Configure(EntityTypeBuilder<PatientAlias> builder)
    {
        builder.ToTable("PatientAliases");
        builder.HasKey(a => a.MergedPatientId);
        builder.Property(a => a.MergedPatientId).ValueGeneratedNever();
        builder.HasIndex(a => a.SurvivingPatientId);
    }
}
