using Clinic.Notifications.Domain.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Notifications.Persistence.Configurations;

internal sealed class ReminderRuleConfiguration : IEntityTypeConfiguration<ReminderRule>
{
    public void Configure(EntityTypeBuilder<ReminderRule> builder)
    {
        builder.HasKey(r => r.HoursBefore);
        builder.Property(r => r.HoursBefore).ValueGeneratedNever();

        // The clinic default (BY2) ships with the schema, so "no rows" can mean "reminders switched off".
        builder.HasData(new ReminderRule(24, byEmail: true, bySms: true));
    }
}
