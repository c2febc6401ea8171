using Clinic.Notifications.Domain.Reminders;
using Clinic.Notifications.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Features.Reminders.UpdateReminderSettings;

internal sealed class UpdateReminderSettingsHandler(NotificationsDbContext db) : IRequestHandler<UpdateReminderSettings, ReminderSettings>
{
    public async ValueTask<ReminderSettings> Handle(UpdateReminderSettings command, CancellationToken cancellationToken)
    {
        var existing = await db.ReminderRules.ToDictionaryAsync(r => r.HoursBefore, cancellationToken);
        var wanted = command.Reminders.ToDictionary(r => r.HoursBefore);
        db.ReminderRules.RemoveRange(existing.Values.Where(r => !wanted.ContainsKey(r.HoursBefore)));
        foreach (var reminder in wanted.Values)
        {
            if (existing.TryGetValue(reminder.HoursBefore, out var rule))
            {
                rule.Change(reminder.Email, reminder.Sms);
            }
            else
            {
                db.ReminderRules.Add(new ReminderRule(reminder.HoursBefore, reminder.Email, reminder.Sms));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return ReminderSettings.From(await db.ReminderRules.AsNoTracking().ToListAsync(cancellationToken));
    }
}
