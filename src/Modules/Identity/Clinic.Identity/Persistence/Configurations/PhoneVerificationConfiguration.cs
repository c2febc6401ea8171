using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Domain.PhoneVerifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Identity.Persistence.Configurations;

internal sealed class PhoneVerificationConfiguration : IEntityTypeConfiguration<PhoneVerification>
{
    public void Configure(EntityTypeBuilder<PhoneVerification> builder)
    {
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Phone).HasMaxLength(PatientLimits.PhoneLength);
        builder.Property(v => v.CodeHash).HasMaxLength(200);
        builder.Property(v => v.TokenHash).HasMaxLength(64);
        builder.Property(v => v.TokenUsedFor).HasMaxLength(PhoneVerification.UsedForLength);
        // Two simultaneous checks of one code must not both count as the same attempt.
        builder.Property(v => v.Checks).IsConcurrencyToken();
        builder.HasIndex(v => new { v.Phone, v.SentAt });
        builder.HasIndex(v => v.TokenHash).IsUnique();
    }
}
