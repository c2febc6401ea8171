using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Identity.Persistence.Configurations;

internal sealed class ClinicUserConfiguration : IEntityTypeConfiguration<ClinicUser>
{
    public void Configure(EntityTypeBuilder<ClinicUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200);
        // Identity checks unique emails in memory; the index makes two simultaneous registrations unable to both win.
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.HasIndex(u => u.PatientId).IsUnique();
    }
}
