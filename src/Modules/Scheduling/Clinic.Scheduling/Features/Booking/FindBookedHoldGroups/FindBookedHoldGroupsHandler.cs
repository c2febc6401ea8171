using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Booking.FindBookedHoldGroups;

/// <summary>Wallet's question before it releases an authorization: did this hold group become appointments? Read-only.</summary>
internal sealed class FindBookedHoldGroupsHandler(SchedulingDbContext db) : IRequestHandler<Contracts.Booking.FindBookedHoldGroups, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(Contracts.Booking.FindBookedHoldGroups request, CancellationToken cancellationToken)
    {
        var keys = request.HoldKeys.Distinct().ToList();
        return await db.Appointments.AsNoTracking().Where(a => a.HoldKey != null && keys.Contains(a.HoldKey)).Select(a => a.HoldKey!).Distinct()
            .ToListAsync(cancellationToken);
    }
}
