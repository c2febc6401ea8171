using Mediator;

namespace Clinic.Forms.Features.Status.ListAppointmentForms;

/// <summary>
/// Forms status of appointments ("2 of 3 done"), for the calendar and day sheets: which forms, and whether each is
/// done. Never the answers. Appointments without requests are left out.
/// </summary>
public sealed record ListAppointmentForms(IReadOnlyList<Guid> AppointmentIds) : IRequest<IReadOnlyList<VisitForms>>;
