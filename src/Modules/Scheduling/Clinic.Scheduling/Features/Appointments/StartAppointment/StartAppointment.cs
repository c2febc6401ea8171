using Mediator;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

/// <summary>Staff start the visit, from the clinic's early-start window before its time on.</summary>
public sealed record StartAppointment(Guid AppointmentId) : IRequest<AppointmentDetails>;
