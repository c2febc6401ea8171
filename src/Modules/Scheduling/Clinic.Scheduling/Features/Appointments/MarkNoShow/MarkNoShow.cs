using Mediator;

namespace Clinic.Scheduling.Features.Appointments.MarkNoShow;

public sealed record MarkNoShow(Guid AppointmentId) : IRequest<AppointmentDetails>;
