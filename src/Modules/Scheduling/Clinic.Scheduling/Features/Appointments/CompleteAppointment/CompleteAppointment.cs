using Mediator;

namespace Clinic.Scheduling.Features.Appointments.CompleteAppointment;

public sealed record CompleteAppointment(Guid AppointmentId) : IRequest<AppointmentDetails>;
