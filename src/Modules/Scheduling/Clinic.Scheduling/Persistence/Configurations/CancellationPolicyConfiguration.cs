using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class CancellationPolicyConfiguration : IEntityTypeConfiguration<CancellationPolicy>
{
    public void Configure(EntityTypeBuilder<CancellationPolicy> builder)
    {
        builder.HasKey(p => p.Version);
        builder.Property(p => p.Version).ValueGeneratedNever();
        builder.Property(p => p.LateFeeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.TextEs).HasMaxLength(CatalogLimits.DescriptionLength);
        builder.Property(p => p.TextEn).HasMaxLength(CatalogLimits.DescriptionLength);
    }
}
