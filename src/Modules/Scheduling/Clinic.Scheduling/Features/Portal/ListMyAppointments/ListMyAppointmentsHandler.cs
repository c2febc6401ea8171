using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Features.Appointments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Portal.ListMyAppointments;

internal sealed class ListMyAppointmentsHandler(AppointmentWorkflow workflow, ICurrentUser user) : IRequestHandler<ListMyAppointments, MyAppointmentsResponse>
{
    public async ValueTask<MyAppointmentsResponse> Handle(ListMyAppointments query, CancellationToken cancellationToken)
    {
        var patientId = MyAppointments.PatientId(user);
        var db = workflow.Db;
        var now = workflow.Now;
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.PatientId == patientId).ToListAsync(cancellationToken);
        var locationIds = appointments.Select(a => a.LocationId).Distinct().ToList();
        var providerIds = appointments.Select(a => a.ProviderId).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var versions = appointments.Select(a => a.PolicyVersion).Distinct().ToList();
        var policies = await db.CancellationPolicies.AsNoTracking().Where(p => versions.Contains(p.Version)).ToDictionaryAsync(p => p.Version, cancellationToken);
        var current = await Policies.Policies.CurrentAsync(db, now, cancellationToken);

        MyAppointment View(Appointment a)
        {
            var policy = policies.GetValueOrDefault(a.PolicyVersion) ?? CancellationPolicy.Default(now);
            var upcoming = a.Status == AppointmentStatus.Booked && a.StartsAt > now;
            var late = policy.IsLate(a.StartsAt, now);
            return new MyAppointment(
                AppointmentDetails.From(a, locations[a.LocationId], providers[a.ProviderId]) with { History = [] },
                upcoming && current.AllowOnlineCancellation && (!late || policy.LateFeeKind != LateFeeKind.None),
                upcoming && current.AllowOnlineRescheduling && !late,
                upcoming && late ? policy.LateFee(a.TotalPriceMinor) : 0);
        }

        var isUpcoming = appointments.ToLookup(a => a.Status == AppointmentStatus.Booked && a.StartsAt > now);
        return new MyAppointmentsResponse(
            isUpcoming[true].OrderBy(a => a.StartsAt).Select(View).ToList(),
            isUpcoming[false].OrderByDescending(a => a.StartsAt).Select(View).ToList(),
            current.TextEs,
            current.TextEn);
    }
}
