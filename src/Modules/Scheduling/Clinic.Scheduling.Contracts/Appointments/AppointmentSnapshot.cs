namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>
/// Everything another module needs to talk about an appointment without asking Scheduling back:
/// where, when (UTC instants plus the location's IANA zone), with whom, for what.
/// <see cref="CalendarAccessToken"/> is the unguessable capability in the appointment's public calendar
/// link; Scheduling mints it at booking so the confirmation page can offer the link at once.
/// </summary>
public sealed record AppointmentSnapshot(
    Guid AppointmentId,
    Guid PatientId,
    PatientContact Patient,
    Guid LocationId,
    string LocationName,
    string LocationAddress,
    string LocationPhone,
    string TimeZone,
    Guid ProviderId,
    string ProviderName,
    IReadOnlyList<AppointmentServiceLine> Services,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string CalendarAccessToken);
