using Clinic.Scheduling.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class ServiceCategoryConfiguration : IEntityTypeConfiguration<ServiceCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCategory> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(c => c.NormalizedName).HasMaxLength(CatalogLimits.NameLength);
        builder.HasIndex(c => c.NormalizedName).IsUnique();
        builder.Property(c => c.Description).HasMaxLength(CatalogLimits.DescriptionLength);
    }
}
