using Clinic.Scheduling.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(l => l.NormalizedName).HasMaxLength(CatalogLimits.NameLength);
        builder.HasIndex(l => l.NormalizedName).IsUnique();
        builder.Property(l => l.Address).HasMaxLength(CatalogLimits.AddressLength);
        builder.Property(l => l.Phone).HasMaxLength(CatalogLimits.PhoneLength);
        builder.Property(l => l.TimeZoneId).HasMaxLength(CatalogLimits.TimeZoneLength);
    }
}
