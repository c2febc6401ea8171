using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Integration;

namespace Clinic.Scheduling.Features.Appointments;

/// <param name="StartsAt">Start with the location's offset.</param>
/// <param name="EndsAt">End of the last treatment with the location's offset.</param>
/// <param name="Id">Appointment id.</param>
/// <param name="Status">Booked, Started, Completed, Cancelled or NoShow.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="PatientName">The patient's name when booked.</param>
/// <param name="LocationId">Where.</param>
/// <param name="LocationName">Location name.</param>
/// <param name="LocationPhone">Location phone, for "contact the clinic".</param>
/// <param name="TimeZone">The location's IANA zone.</param>
/// <param name="ProviderId">Who.</param>
/// <param name="ProviderName">Their name.</param>
/// <param name="Services">Treatments in order.</param>
/// <param name="Notes">Notes given at booking.</param>
/// <param name="PolicyVersion">Cancellation policy version accepted at booking.</param>
/// <param name="CancellationFeeMinor">Fee due for a late cancellation, in minor units.</param>
/// <param name="History">Who did what, oldest first.</param>
/// <param name="CalendarUrl">Download link of the appointment's .ics file.</param>
public sealed record AppointmentDetails(
    Guid Id, AppointmentStatus Status, Guid PatientId, string PatientName, Guid LocationId, string LocationName, string LocationPhone, string TimeZone,
    Guid ProviderId, string ProviderName, DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<BookedService> Services, string? Notes,
    int PolicyVersion, long CancellationFeeMinor, IReadOnlyList<AppointmentHistoryEntry> History, string CalendarUrl)
{
    internal static AppointmentDetails From(Appointment a, Location location, Provider provider)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(location.TimeZoneId);
        return new AppointmentDetails(
            a.Id, a.Status, a.PatientId, a.PatientName, location.Id, location.Name, location.Phone, location.TimeZoneId, provider.Id, provider.DisplayName,
            TimeZoneInfo.ConvertTime(a.StartsAt, zone), TimeZoneInfo.ConvertTime(a.EndsAt, zone),
            a.Services.OrderBy(s => s.Position).Select(BookedService.From).ToList(),
            a.Notes, a.PolicyVersion, a.CancellationFeeMinor,
            a.Changes.OrderBy(c => c.At).Select(c => new AppointmentHistoryEntry(c.At, c.By, c.Action, c.Details)).ToList(),
            AppointmentSnapshots.CalendarUrl(a));
    }
}

public sealed record AppointmentHistoryEntry(DateTimeOffset At, string By, string Action, string? Details);
