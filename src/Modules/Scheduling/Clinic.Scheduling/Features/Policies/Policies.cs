using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Policies;

/// <summary>Finds the policy in force now, or the one an appointment was booked under.</summary>
internal static class Policies
{
    public static async Task<CancellationPolicy> CurrentAsync(SchedulingDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.CancellationPolicies.AsNoTracking().OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken)
        ?? CancellationPolicy.Default(now);

    public static async Task<CancellationPolicy> VersionAsync(SchedulingDbContext db, int version, DateTimeOffset now, CancellationToken cancellationToken) =>
        version == 0
            ? CancellationPolicy.Default(now)
            : await db.CancellationPolicies.AsNoTracking().SingleAsync(p => p.Version == version, cancellationToken);
}
