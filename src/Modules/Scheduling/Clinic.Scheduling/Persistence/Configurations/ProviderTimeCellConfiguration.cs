using Clinic.Scheduling.Domain.Appointments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class ProviderTimeCellConfiguration : IEntityTypeConfiguration<ProviderTimeCell>
{
    public void Configure(EntityTypeBuilder<ProviderTimeCell> builder)
    {
        // The key is the guarantee: one owner per provider per five minutes (ADR 0010).
        builder.HasKey(c => new { c.ProviderId, c.Cell });
        builder.HasIndex(c => c.OwnerId);
    }
}
