using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments.ListMyAppointments;

internal sealed class ListMyAppointmentsHandler(SchedulingDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListMyAppointments, MyAppointmentsResponse>
{
    public async ValueTask<MyAppointmentsResponse> Handle(ListMyAppointments query, CancellationToken cancellationToken)
    {
        var patientId = MyAppointments.PatientId(user);
        var now = clock.GetUtcNow();
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.PatientId == patientId).ToListAsync(cancellationToken);
        var locationIds = appointments.Select(a => a.LocationId).Distinct().ToList();
        var providerIds = appointments.Select(a => a.ProviderId).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var versions = appointments.Select(a => a.PolicyVersion).Distinct().ToList();
        var policies = await db.CancellationPolicies.AsNoTracking().Where(p => versions.Contains(p.Version)).ToDictionaryAsync(p => p.Version, cancellationToken);
        var current = await db.CurrentCancellationPolicyAsync(now, cancellationToken);

        MyAppointment View(Appointment a)
        {
            var accepted = policies.GetValueOrDefault(a.PolicyVersion) ?? CancellationPolicy.Default(now);
            var upcoming = a.IsUpcoming(now);
            return new MyAppointment(
                AppointmentDetails.From(a, locations[a.LocationId], providers[a.ProviderId]) with { History = [] },
                upcoming && accepted.OnlineCancellation(current, a.StartsAt, now) == OnlineChange.Allowed,
                upcoming && accepted.OnlineRescheduling(current, a.StartsAt, now) == OnlineChange.Allowed,
                upcoming ? accepted.LateFeeFor(a, now) : 0);
        }

        var isUpcoming = appointments.ToLookup(a => a.IsUpcoming(now));
        return new MyAppointmentsResponse(
            isUpcoming[true].OrderBy(a => a.StartsAt).Select(View).ToList(),
            isUpcoming[false].OrderByDescending(a => a.StartsAt).Select(View).ToList(),
            current.TextEs,
            current.TextEn);
    }
}
