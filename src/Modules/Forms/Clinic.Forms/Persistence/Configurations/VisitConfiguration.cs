using Clinic.Forms.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Forms.Persistence.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.ToTable("Visits");
        builder.HasKey(v => v.AppointmentId);
        builder.Property(v => v.AppointmentId).ValueGeneratedNever();
        builder.Property(v => v.TimeZone).HasMaxLength(64);
        builder.Property(v => v.LocationName).HasMaxLength(200);
        builder.Property(v => v.ProviderName).HasMaxLength(200);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(12);
        builder.Ignore(v => v.Services);
        builder.Ignore(v => v.ServiceIds);
        builder.HasIndex(v => new { v.PatientId, v.StartsAt });
        builder.HasIndex(v => new { v.Status, v.StartsAt });
    }
}
