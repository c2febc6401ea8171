using Mediator;

namespace Clinic.Scheduling.Features.Appointments.GetAppointment;

internal sealed class GetAppointmentHandler(AppointmentWorkflow workflow) : IRequestHandler<GetAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(GetAppointment query, CancellationToken cancellationToken) =>
        await workflow.DetailsAsync(await workflow.LoadAsync(query.AppointmentId, cancellationToken), cancellationToken);
}
