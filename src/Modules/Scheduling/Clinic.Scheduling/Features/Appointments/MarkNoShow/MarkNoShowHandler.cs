using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments.MarkNoShow;

internal sealed class MarkNoShowHandler(SchedulingDbContext db, AppointmentChanges changes, TimeProvider clock) : IRequestHandler<MarkNoShow, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(MarkNoShow command, CancellationToken cancellationToken)
    {
        // The policy the patient accepted at booking says what a no-show costs; Wallet charges it from the event.
        var version = await db.Appointments.AsNoTracking().Where(a => a.Id == command.AppointmentId).Select(a => (int?)a.PolicyVersion)
            .SingleOrDefaultAsync(cancellationToken);
        var accepted = version is { } v ? await db.CancellationPolicyAsync(v, clock.GetUtcNow(), cancellationToken) : null;
        return await changes.ApplyAsync(
            command.AppointmentId,
            (appointment, now, by) => appointment.MarkNoShow(accepted!, now, by),
            (snapshot, now) => new AppointmentNoShow(snapshot)
            {
                OccurredAt = now,
                FeeDueAmountMinor = accepted?.NoShowFeeMinor ?? 0,
                Currency = snapshot.Services[0].Currency,
            },
            cancellationToken);
    }
}
