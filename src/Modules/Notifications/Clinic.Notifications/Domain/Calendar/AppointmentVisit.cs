namespace Clinic.Notifications.Domain.Calendar;

/// <summary>What the patient needs to know about one appointment, as of the latest event about it.</summary>
internal sealed record AppointmentVisit(
    Guid AppointmentId,
    Guid PatientId,
    string Title,
    string ProviderName,
    string LocationName,
    string LocationAddress,
    string LocationPhone,
    string TimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt);
