namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>
/// Everything another module needs to talk about an appointment without asking Scheduling back:
/// where, when (UTC instants plus the location's IANA zone), with whom, for what.
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
    DateTimeOffset EndsAt);
