using Clinic.Scheduling.Domain.Policies;
using Mediator;

namespace Clinic.Scheduling.Features.Policies.UpdateCancellationPolicy;

/// <summary>Publishes a new version of the policy; appointments already booked keep the version they were booked under.</summary>
public sealed record UpdateCancellationPolicy(
    bool AllowOnlineCancellation, bool AllowOnlineRescheduling, int WindowHours, LateFeeKind LateFeeKind,
    long LateFeeAmountMinor, int LateFeePercent, string TextEs, string TextEn) : IRequest<CancellationPolicyResponse>;
