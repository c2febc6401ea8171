using Clinic.Scheduling.Domain.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.ListCalendar;

/// <summary>Appointments and live holds at a location between two local dates (at most 6 weeks), optionally for one provider.</summary>
public sealed record ListCalendar(Guid LocationId, DateOnly From, DateOnly To, Guid? ProviderId) : IRequest<CalendarResponse>;

public sealed record CalendarResponse(string TimeZone, IReadOnlyList<CalendarAppointment> Appointments, IReadOnlyList<CalendarHold> Holds);

/// <param name="StartsAt">With the location's offset.</param>
/// <param name="EndsAt">With the location's offset.</param>
/// <param name="Id">Appointment id.</param>
/// <param name="Status">Life-cycle status.</param>
/// <param name="PatientName">Patient's name.</param>
/// <param name="ProviderId">Provider.</param>
/// <param name="ProviderName">Provider's name.</param>
/// <param name="ServiceNames">Treatments in order.</param>
public sealed record CalendarAppointment(
    Guid Id, AppointmentStatus Status, string PatientName, Guid ProviderId, string ProviderName, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    IReadOnlyList<string> ServiceNames);

public sealed record CalendarHold(Guid Id, Guid ProviderId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset ExpiresAt);
