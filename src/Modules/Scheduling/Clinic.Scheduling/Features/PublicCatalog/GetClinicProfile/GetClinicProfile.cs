using Clinic.Scheduling.Features.Schedules;
using Mediator;

namespace Clinic.Scheduling.Features.PublicCatalog.GetClinicProfile;

/// <summary>The clinic as patients see it: name, language, currency and open locations.</summary>
public sealed record GetClinicProfile : IRequest<ClinicProfile>;

public sealed record ClinicProfile(
    string Name, string DefaultLanguage, string Currency, IReadOnlyList<PublicLocation> Locations, BookingSettingsResponse Booking);

public sealed record PublicLocation(Guid Id, string Name, string Address, string Phone, string TimeZone);
