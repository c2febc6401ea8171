using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Integrations.Catalog;

/// <summary>
/// Scheduling's events as integrators see them. The appointment is described by ids, times and the services'
/// public catalog names; the patient only by id (an integrator with the patients:read scope reads the profile).
/// </summary>
internal static class AppointmentWebhookEvents
{
    public static IReadOnlyList<WebhookEventDefinition> All { get; } =
    [
        WebhookEventDefinition.For<AppointmentBooked>("appointment.booked", "An appointment was booked, online by the patient or by staff.",
            e => Data(e.Appointment, new()
            {
                ["bookedBy"] = e.BookedByStaff ? "staff" : "patient",
                ["isPatientsFirstBooking"] = e.IsPatientsFirstBooking,
            })),
        WebhookEventDefinition.For<AppointmentCancelled>("appointment.cancelled", "An appointment was cancelled, by the patient or by staff; a late cancellation carries the fee due.",
            e => Data(e.Appointment, new()
            {
                ["cancelledBy"] = e.CancelledByPatient ? "patient" : "staff",
                ["isLate"] = e.IsLate,
                ["feeDue"] = new { amountMinor = e.FeeDueAmountMinor, currency = e.Currency },
            })),
        WebhookEventDefinition.For<AppointmentRescheduled>("appointment.rescheduled", "An appointment moved to a new time (same appointment id).",
            e => Data(e.Appointment, new()
            {
                ["previousStartsAt"] = e.PreviousStartsAt,
                ["previousEndsAt"] = e.PreviousEndsAt,
            })),
        WebhookEventDefinition.For<AppointmentStarted>("appointment.started", "Staff started the visit.",
            e => Data(e.Appointment, new() { ["startedAt"] = e.StartedAt })),
        WebhookEventDefinition.For<AppointmentCompleted>("appointment.completed", "The visit was completed.",
            e => Data(e.Appointment, new() { ["completedAt"] = e.CompletedAt })),
        WebhookEventDefinition.For<AppointmentNoShow>("appointment.no_show", "The patient did not come to the appointment.",
            e => Data(e.Appointment, [])),
    ];

    private static Dictionary<string, object?> Data(AppointmentSnapshot appointment, Dictionary<string, object?> extra)
    {
        var data = new Dictionary<string, object?>
        {
            ["appointmentId"] = appointment.AppointmentId,
            ["patientId"] = appointment.PatientId,
            ["locationId"] = appointment.LocationId,
            ["providerId"] = appointment.ProviderId,
            ["services"] = appointment.Services.Select(s => new { serviceId = s.ServiceId, name = s.Name, durationMinutes = s.DurationMinutes }).ToList(),
            ["startsAt"] = appointment.StartsAt,
            ["endsAt"] = appointment.EndsAt,
            ["timeZone"] = appointment.TimeZone,
        };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        return data;
    }
}
