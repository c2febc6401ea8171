using Clinic.Identity.Contracts;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.Scheduling.Features.Booking;

/// <summary>Builds the appointment picture other modules receive in every appointment event.</summary>
internal static class Snapshots
{
    public static AppointmentSnapshot Of(Appointment appointment, PatientContactDetails patient, Location location, Provider provider) => new(
        appointment.Id,
        patient.PatientId,
        new PatientContact(patient.FullName, patient.Email, patient.Phone, patient.Language),
        location.Id,
        location.Name,
        location.Address,
        location.Phone,
        location.TimeZoneId,
        provider.Id,
        provider.DisplayName,
        appointment.Services.Select(s => new AppointmentServiceLine(s.ServiceId, s.Name, s.DurationMinutes, s.PriceAmountMinor, s.Currency)).ToList(),
        appointment.StartsAt,
        appointment.EndsAt,
        appointment.CalendarAccessToken);

    /// <summary>Where the patient downloads the appointment's calendar file (served by Notifications).</summary>
    public static string CalendarUrl(Appointment appointment) => $"/api/calendar/{appointment.CalendarAccessToken}";
}
