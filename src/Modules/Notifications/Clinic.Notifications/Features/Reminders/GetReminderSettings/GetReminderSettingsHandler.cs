using Clinic.Notifications.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Features.Reminders.GetReminderSettings;

internal sealed class GetReminderSettingsHandler(NotificationsDbContext db) : IRequestHandler<GetReminderSettings, ReminderSettings>
{
    public async ValueTask<ReminderSettings> Handle(GetReminderSettings query, CancellationToken cancellationToken) =>
        ReminderSettings.From(await db.ReminderRules.AsNoTracking().ToListAsync(cancellationToken));
}
