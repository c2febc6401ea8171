using Clinic.Notifications.Domain.Calendar;
using Clinic.Notifications.Domain.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Notifications.Persistence.Configurations;

internal sealed class AppointmentCalendarConfiguration : IEntityTypeConfiguration<AppointmentCalendar>
{
    public void Configure(EntityTypeBuilder<AppointmentCalendar> builder)
    {
        builder.HasKey(c => c.AppointmentId);
        builder.Property(c => c.AppointmentId).ValueGeneratedNever();
        builder.Property(c => c.AccessToken).HasMaxLength(AppointmentCalendar.TokenLength);
        builder.HasIndex(c => c.AccessToken).IsUnique();
        builder.HasIndex(c => c.PatientId);
        builder.Property(c => c.Title).HasMaxLength(1000);
        builder.Property(c => c.ProviderName).HasMaxLength(MessageLimits.NameLength);
        builder.Property(c => c.LocationName).HasMaxLength(MessageLimits.NameLength);
        builder.Property(c => c.LocationAddress).HasMaxLength(500);
        builder.Property(c => c.LocationPhone).HasMaxLength(40);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.Language).HasMaxLength(5);
        builder.Ignore(c => c.Visit);
    }
}
