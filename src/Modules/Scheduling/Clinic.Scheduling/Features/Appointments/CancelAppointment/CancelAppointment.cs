using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.CancelAppointment;

/// <summary>Staff cancel an appointment; a late one carries the policy's fee only when <see cref="ChargeLateFee"/> is set.</summary>
public sealed record CancelAppointment(bool ChargeLateFee, string? Reason) : IRequest<AppointmentDetails>
{
    [JsonIgnore]
    public Guid AppointmentId { get; init; }
}
