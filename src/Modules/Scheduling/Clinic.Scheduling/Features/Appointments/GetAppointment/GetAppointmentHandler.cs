using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.GetAppointment;

internal sealed class GetAppointmentHandler(SchedulingDbContext db, AppointmentChanges changes) : IRequestHandler<GetAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(GetAppointment query, CancellationToken cancellationToken) =>
        await changes.DetailsAsync(await db.AppointmentAsync(query.AppointmentId, cancellationToken), cancellationToken);
}
