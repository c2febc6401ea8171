using System.Text.Json.Serialization;
using Clinic.Scheduling.Features.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.CancelMyAppointment;

/// <summary>
/// The patient cancels their own appointment (PP15). Within the policy window it is allowed only when the
/// policy has a late fee and the patient accepts it (<c>acceptLateFee</c>); the fee is then charged.
/// </summary>
public sealed record CancelMyAppointment(bool AcceptLateFee, string? Reason) : IRequest<AppointmentDetails>
{
    [JsonIgnore]
    public Guid AppointmentId { get; init; }
}
