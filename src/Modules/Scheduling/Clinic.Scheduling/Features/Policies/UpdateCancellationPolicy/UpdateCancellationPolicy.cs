using Clinic.Scheduling.Domain.Policies;
using Mediator;

namespace Clinic.Scheduling.Features.Policies.UpdateCancellationPolicy;

/// <summary>
/// Publishes a new version of the policy; appointments already booked keep the version they were booked under.
/// <see cref="NoShowFeeAmountMinor"/> is charged when the patient does not come (zero: none).
/// </summary>
public sealed record UpdateCancellationPolicy(
    bool AllowOnlineCancellation, bool AllowOnlineRescheduling, int WindowHours, LateFeeKind LateFeeKind,
    long LateFeeAmountMinor, int LateFeePercent, string TextEs, string TextEn, long NoShowFeeAmountMinor = 0) : IRequest<CancellationPolicyResponse>;
