using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;

internal sealed class UpdateBookingSettingsHandler(SchedulingDbContext db) : IRequestHandler<UpdateBookingSettings, BookingSettingsResponse>
{
    public async ValueTask<BookingSettingsResponse> Handle(UpdateBookingSettings command, CancellationToken cancellationToken)
    {
        var settings = await db.BookingSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = BookingSettings.Defaults();
            db.BookingSettings.Add(settings);
        }

        settings.Update(command.SlotIntervalMinutes, command.MinimumNoticeMinutes, command.HorizonDays, command.ProviderChoice, command.HoldMinutes, command.EarlyStartMinutes);
        await db.SaveChangesAsync(cancellationToken);
        return BookingSettingsResponse.From(settings);
    }
}
