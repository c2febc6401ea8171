using Clinic.Forms.Features.Requests;
using Mediator;

namespace Clinic.Forms.Features.Status.ListAppointmentForms;

internal sealed class ListAppointmentFormsHandler(RequestOverview overview) : IRequestHandler<ListAppointmentForms, IReadOnlyList<VisitForms>>
{
    public async ValueTask<IReadOnlyList<VisitForms>> Handle(ListAppointmentForms query, CancellationToken cancellationToken) =>
        await overview.ForAppointmentsAsync(query.AppointmentIds.Distinct().ToList(), cancellationToken);
}
