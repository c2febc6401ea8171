using Clinic.BuildingBlocks.Persistence;
using Clinic.Notifications.Domain.Calendar;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Persistence;

/// <summary>Notifications' own database. Handlers use this type; the engine-specific subclasses only carry migrations.</summary>
internal abstract class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<OutboundMessage> Messages => Set<OutboundMessage>();

    public DbSet<AppointmentCalendar> AppointmentCalendars => Set<AppointmentCalendar>();

    public DbSet<ReminderRule> ReminderRules => Set<ReminderRule>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
}
