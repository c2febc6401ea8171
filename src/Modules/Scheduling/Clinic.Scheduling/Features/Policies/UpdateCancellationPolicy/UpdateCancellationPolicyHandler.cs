using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Policies.UpdateCancellationPolicy;

internal sealed class UpdateCancellationPolicyHandler(SchedulingDbContext db, TimeProvider clock)
    : IRequestHandler<UpdateCancellationPolicy, CancellationPolicyResponse>
{
    public async ValueTask<CancellationPolicyResponse> Handle(UpdateCancellationPolicy command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = await db.CurrentCancellationPolicyAsync(now, cancellationToken);
        var next = CancellationPolicy.Next(current.Version, command.AllowOnlineCancellation, command.AllowOnlineRescheduling, command.WindowHours,
            command.LateFeeKind, command.LateFeeAmountMinor, command.LateFeePercent, command.TextEs, command.TextEn, now, command.NoShowFeeAmountMinor);
        db.CancellationPolicies.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return CancellationPolicyResponse.From(next);
    }
}
