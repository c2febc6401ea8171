using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

/// <summary>
/// Staff start the visit before the clinic's early-start window on purpose: a deliberate override whose
/// <see cref="Reason"/> is kept in the appointment's history.
/// </summary>
public sealed record StartAppointmentEarly(string Reason) : IRequest<AppointmentDetails>
{
    [JsonIgnore]
    public Guid AppointmentId { get; init; }
}
