using Clinic.Scheduling.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.DisplayName).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(p => p.Title).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(p => p.Bio).HasMaxLength(CatalogLimits.DescriptionLength);
        builder.Property(p => p.PhotoUrl).HasMaxLength(CatalogLimits.UrlLength);

        builder.OwnsMany(p => p.Services, service =>
        {
            service.ToTable("ProviderServices");
            service.WithOwner().HasForeignKey("ProviderId");
            service.HasKey("ProviderId", nameof(ProviderService.ServiceId));
            service.HasOne<Service>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Restrict);
            service.HasIndex(s => s.ServiceId);
        });
        builder.Navigation(p => p.Services).HasField("services");

        builder.OwnsMany(p => p.Locations, location =>
        {
            location.ToTable("ProviderLocations");
            location.WithOwner().HasForeignKey("ProviderId");
            location.HasKey("ProviderId", nameof(ProviderLocation.LocationId));
            location.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
            location.HasIndex(l => l.LocationId);
        });
        builder.Navigation(p => p.Locations).HasField("locations");
    }
}
