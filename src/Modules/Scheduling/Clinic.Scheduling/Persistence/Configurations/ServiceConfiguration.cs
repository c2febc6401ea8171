using Clinic.Scheduling.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(s => s.NormalizedName).HasMaxLength(CatalogLimits.NameLength);
        builder.HasIndex(s => s.NormalizedName).IsUnique();
        builder.Property(s => s.Description).HasMaxLength(CatalogLimits.DescriptionLength);
        builder.Property(s => s.Currency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(s => s.Price);
        builder.Ignore(s => s.Deposit);
        builder.HasOne<ServiceCategory>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
