using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Schedules.GetBookingSettings;

internal sealed class GetBookingSettingsHandler(SchedulingDbContext db) : IRequestHandler<GetBookingSettings, BookingSettingsResponse>
{
    public async ValueTask<BookingSettingsResponse> Handle(GetBookingSettings query, CancellationToken cancellationToken) =>
        BookingSettingsResponse.From(await db.BookingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? BookingSettings.Defaults());
}
