using Mediator;

namespace Clinic.Scheduling.Features.Appointments.GetAppointment;

public sealed record GetAppointment(Guid AppointmentId) : IRequest<AppointmentDetails>;
