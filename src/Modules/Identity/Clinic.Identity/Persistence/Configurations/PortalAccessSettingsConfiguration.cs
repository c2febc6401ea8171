using Clinic.Identity.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Identity.Persistence.Configurations;

internal sealed class PortalAccessSettingsConfiguration : IEntityTypeConfiguration<PortalAccessSettings>
{
    public void Configure(EntityTypeBuilder<PortalAccessSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.PortalBaseUrl).HasMaxLength(300);
        // The one row exists from the first migration, so nothing has to create it at run time.
        builder.HasData(PortalAccessSettings.Defaults());
    }
}
