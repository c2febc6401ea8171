using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Features.Schedules;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Scheduling.Features.PublicCatalog.GetClinicProfile;

internal sealed class GetClinicProfileHandler(SchedulingDbContext db, IOptions<ClinicProfileOptions> clinic)
    : IRequestHandler<GetClinicProfile, ClinicProfile>
{
    public async ValueTask<ClinicProfile> Handle(GetClinicProfile query, CancellationToken cancellationToken)
    {
        var locations = await db.Locations.AsNoTracking().Where(l => l.IsActive).ToListAsync(cancellationToken);
        var settings = await db.BookingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? BookingSettings.Defaults();
        var profile = clinic.Value;
        return new ClinicProfile(profile.Name, profile.DefaultLanguage, profile.Currency, profile.TimeZone,
            locations.OrderBy(l => l.Name, StringComparer.CurrentCulture)
                .Select(l => new PublicLocation(l.Id, l.Name, l.Address, l.Phone, l.TimeZoneId))
                .ToList(),
            BookingSettingsResponse.From(settings));
    }
}
