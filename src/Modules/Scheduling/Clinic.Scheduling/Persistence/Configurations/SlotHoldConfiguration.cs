using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class SlotHoldConfiguration : IEntityTypeConfiguration<SlotHold>
{
    public void Configure(EntityTypeBuilder<SlotHold> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasOne<Provider>().WithMany().HasForeignKey(h => h.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Location>().WithMany().HasForeignKey(h => h.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.ProviderId, h.StartsAt });
        builder.HasIndex(h => h.ExpiresAt);
        builder.Property(h => h.TokenHash).HasMaxLength(64);
    }
}
