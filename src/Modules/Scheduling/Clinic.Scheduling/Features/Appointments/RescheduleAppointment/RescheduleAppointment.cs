using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.RescheduleAppointment;

/// <summary>Staff move an appointment to any free time (online-booking limits do not apply to staff); optionally to another provider.</summary>
public sealed record RescheduleAppointment(DateTimeOffset StartsAt, Guid? ProviderId) : IRequest<AppointmentDetails>
{
    [JsonIgnore]
    public Guid AppointmentId { get; init; }
}
