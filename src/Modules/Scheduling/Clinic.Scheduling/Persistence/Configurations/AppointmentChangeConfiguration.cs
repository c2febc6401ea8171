using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class AppointmentChangeConfiguration : IEntityTypeConfiguration<AppointmentChange>
{
    public void Configure(EntityTypeBuilder<AppointmentChange> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.By).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(c => c.Action).HasMaxLength(30);
        builder.Property(c => c.Details).HasMaxLength(500);
        builder.HasIndex(c => c.AppointmentId);
    }
}
