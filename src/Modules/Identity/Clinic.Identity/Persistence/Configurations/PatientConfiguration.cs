using Clinic.Identity.Domain.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Identity.Persistence.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FirstName).HasMaxLength(PatientLimits.NameLength);
        builder.Property(p => p.LastName).HasMaxLength(PatientLimits.NameLength);
        builder.Property(p => p.NameKey).HasMaxLength(PatientLimits.NameLength * 2 + 1);
        builder.Property(p => p.Email).HasMaxLength(PatientLimits.EmailLength);
        builder.Property(p => p.NormalizedEmail).HasMaxLength(PatientLimits.EmailLength);
        builder.Property(p => p.Phone).HasMaxLength(PatientLimits.PhoneLength);
        builder.Property(p => p.Address).HasMaxLength(PatientLimits.AddressLength);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(2);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(20);

        // One profile per email is what makes "an email on file goes to that profile" (OB3/PP5) hold under concurrency.
        builder.HasIndex(p => p.NormalizedEmail).IsUnique();
        builder.HasIndex(p => p.Phone);
        builder.HasIndex(p => new { p.NameKey, p.BirthDate });
        builder.HasIndex(p => p.MergedIntoId);
    }
}
