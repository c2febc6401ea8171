using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Scheduling.Persistence.Configurations;

internal sealed class WeeklyHoursConfiguration : IEntityTypeConfiguration<WeeklyHours>
{
    public void Configure(EntityTypeBuilder<WeeklyHours> builder)
    {
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Ignore(w => w.Interval);
        builder.HasOne<Provider>().WithMany().HasForeignKey(w => w.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Location>().WithMany().HasForeignKey(w => w.LocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.ProviderId, w.LocationId, w.DayOfWeek });
    }
}
