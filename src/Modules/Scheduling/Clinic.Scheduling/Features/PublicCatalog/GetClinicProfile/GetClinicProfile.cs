using Clinic.Scheduling.Features.Schedules;
using Mediator;

namespace Clinic.Scheduling.Features.PublicCatalog.GetClinicProfile;

/// <summary>The clinic as patients see it: name, language, currency and open locations.</summary>
public sealed record GetClinicProfile : IRequest<ClinicProfile>;

/// <param name="Name">The clinic's name.</param>
/// <param name="DefaultLanguage">"es" or "en", for patients who have not chosen one.</param>
/// <param name="Currency">ISO 4217 code of every price.</param>
/// <param name="TimeZone">IANA zone for times that belong to the clinic rather than to one location.</param>
/// <param name="Locations">Open locations, each with its own zone.</param>
/// <param name="Booking">How online booking works here (interval, notice, horizon, provider choice, hold minutes).</param>
public sealed record ClinicProfile(
    string Name, string DefaultLanguage, string Currency, string TimeZone, IReadOnlyList<PublicLocation> Locations, BookingSettingsResponse Booking);

public sealed record PublicLocation(Guid Id, string Name, string Address, string Phone, string TimeZone);
