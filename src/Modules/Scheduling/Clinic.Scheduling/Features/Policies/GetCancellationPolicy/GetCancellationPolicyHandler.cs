using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Policies.GetCancellationPolicy;

internal sealed class GetCancellationPolicyHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<GetCancellationPolicy, CancellationPolicyResponse>
{
    public async ValueTask<CancellationPolicyResponse> Handle(GetCancellationPolicy query, CancellationToken cancellationToken) =>
        CancellationPolicyResponse.From(await db.CurrentCancellationPolicyAsync(clock.GetUtcNow(), cancellationToken));
}
