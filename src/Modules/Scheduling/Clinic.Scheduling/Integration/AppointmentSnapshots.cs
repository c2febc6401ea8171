using Clinic.Identity.Contracts;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;
using Mediator;

namespace Clinic.Scheduling.Integration;

/// <summary>
/// The picture of an appointment other modules receive in every appointment event. The patient's contact comes from
/// Identity; ask for it before the transaction that stores the event, never while one is open (ADR 0012).
/// </summary>
internal sealed class AppointmentSnapshots(ISender identity)
{
    /// <summary>How to reach the patient now (a merged profile answers with the one it was merged into).</summary>
    public async Task<PatientContactDetails> ContactAsync(Guid patientId, CancellationToken cancellationToken) =>
        await identity.Send(new GetPatientContact(patientId), cancellationToken);

    public static AppointmentSnapshot Of(Appointment appointment, PatientContactDetails patient, Location location, Provider provider) =>
        Of(appointment, patient, location, provider.Id, provider.DisplayName);

    /// <summary>For a caller that read only the provider's name (the booking confirmation).</summary>
    public static AppointmentSnapshot Of(Appointment appointment, PatientContactDetails patient, Location location, Guid providerId, string providerName) => new(
        appointment.Id,
        patient.PatientId,
        new PatientContact(patient.FullName, patient.Email, patient.Phone, patient.Language),
        location.Id,
        location.Name,
        location.Address,
        location.Phone,
        location.TimeZoneId,
        providerId,
        providerName,
        appointment.Services.Select(s => new AppointmentServiceLine(s.ServiceId, s.Name, s.DurationMinutes, s.PriceAmountMinor, s.Currency)).ToList(),
        appointment.StartsAt,
        appointment.EndsAt,
        appointment.CalendarAccessToken);

    /// <summary>Where the patient downloads the appointment's calendar file (served by Notifications).</summary>
    public static string CalendarUrl(Appointment appointment) => $"/api/calendar/{appointment.CalendarAccessToken}";
}
