using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Provider>().WithMany().HasForeignKey(a => a.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ProviderId, a.StartsAt });
        builder.HasIndex(a => a.PatientId);
        builder.Property(a => a.BookedBy).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(a => a.Notes).HasMaxLength(CatalogLimits.DescriptionLength);
        builder.OwnsMany(a => a.Services, service =>
        {
            service.ToTable("AppointmentServices");
            service.WithOwner().HasForeignKey("AppointmentId");
            service.HasKey("AppointmentId", nameof(AppointmentService.Position));
            service.Property(s => s.Position).ValueGeneratedNever();
            service.Property(s => s.Name).HasMaxLength(CatalogLimits.NameLength);
            service.Property(s => s.Currency).HasMaxLength(3).IsFixedLength();
        });
        builder.Navigation(a => a.Services).HasField("services");
        builder.Property(a => a.PatientName).HasMaxLength(CatalogLimits.NameLength * 2);
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.Property(a => a.HoldKey).HasMaxLength(64);
        builder.HasIndex(a => a.HoldKey);
        builder.Property(a => a.CalendarAccessToken).HasMaxLength(64);
        builder.Ignore(a => a.TotalPriceMinor);
        builder.Ignore(a => a.Currency);
        builder.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AppointmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Changes).HasField("changes");
    }
}
