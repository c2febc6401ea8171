using Mediator;

namespace Clinic.Scheduling.Features.Appointments.BookForPatient;

/// <summary>
/// Staff book on a patient's behalf (phone, front desk). Online-booking limits — notice, horizon,
/// working hours — do not apply; the provider must still perform the services and be free.
/// </summary>
public sealed record BookForPatient(Guid PatientId, Guid LocationId, Guid ProviderId, IReadOnlyList<Guid> ServiceIds, DateTimeOffset StartsAt, string? Notes)
    : IRequest<AppointmentDetails>;
