using Clinic.Scheduling.Features.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.ListMyAppointments;

/// <summary>The signed-in patient's appointments: upcoming (soonest first) and past (latest first), PP14.</summary>
public sealed record ListMyAppointments : IRequest<MyAppointmentsResponse>;

/// <param name="Upcoming">Booked appointments that have not started yet.</param>
/// <param name="Past">Everything else: started, completed, cancelled, missed, or booked but already past.</param>
/// <param name="PolicyTextEs">The cancellation policy in force, in Spanish.</param>
/// <param name="PolicyTextEn">The cancellation policy in force, in English.</param>
public sealed record MyAppointmentsResponse(IReadOnlyList<MyAppointment> Upcoming, IReadOnlyList<MyAppointment> Past, string PolicyTextEs, string PolicyTextEn);

/// <param name="Appointment">The appointment as staff see it, minus the audit trail.</param>
/// <param name="CanCancelOnline">Whether the portal may offer "cancel" now.</param>
/// <param name="CanRescheduleOnline">Whether the portal may offer "reschedule" now.</param>
/// <param name="LateCancellationFeeMinor">What cancelling now would cost under the accepted policy (0 when in time).</param>
public sealed record MyAppointment(AppointmentDetails Appointment, bool CanCancelOnline, bool CanRescheduleOnline, long LateCancellationFeeMinor);
