using Mediator;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

public sealed record StartAppointment(Guid AppointmentId) : IRequest<AppointmentDetails>;
