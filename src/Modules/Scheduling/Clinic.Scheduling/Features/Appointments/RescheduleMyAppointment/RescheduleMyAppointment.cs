using System.Text.Json.Serialization;
using Clinic.Scheduling.Features.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.RescheduleMyAppointment;

/// <summary>
/// Moves the patient's appointment to a time they hold (found with the availability search and held with
/// PlaceSlotHold for the same services): the old time is freed and the new one taken in one step.
/// </summary>
public sealed record RescheduleMyAppointment(Guid HoldId, string HoldToken) : IRequest<AppointmentDetails>
{
    [JsonIgnore]
    public Guid AppointmentId { get; init; }
}
