using Clinic.Scheduling.Domain.Policies;

namespace Clinic.Scheduling.Features.Policies;

/// <param name="Version">Stored with each appointment booked under it.</param>
/// <param name="AllowOnlineCancellation">Patients may cancel from the portal (outside the window).</param>
/// <param name="AllowOnlineRescheduling">Patients may reschedule from the portal (outside the window).</param>
/// <param name="WindowHours">Within this many hours of the start, online changes stop and a cancellation is late.</param>
/// <param name="LateFeeKind">How the late-cancellation fee is computed.</param>
/// <param name="LateFeeAmountMinor">Fixed fee in minor units (when LateFeeKind is Fixed).</param>
/// <param name="LateFeePercent">Percent of the appointment price (when LateFeeKind is PercentOfPrice).</param>
/// <param name="NoShowFeeAmountMinor">Charged when the patient does not come, in minor units (zero: none).</param>
/// <param name="TextEs">The policy as patients read it, in Spanish.</param>
/// <param name="TextEn">The policy as patients read it, in English.</param>
public sealed record CancellationPolicyResponse(
    int Version, bool AllowOnlineCancellation, bool AllowOnlineRescheduling, int WindowHours, LateFeeKind LateFeeKind,
    long LateFeeAmountMinor, int LateFeePercent, long NoShowFeeAmountMinor, string TextEs, string TextEn)
{
    internal static CancellationPolicyResponse From(CancellationPolicy p) => new(
        p.Version, p.AllowOnlineCancellation, p.AllowOnlineRescheduling, p.WindowHours, p.LateFeeKind, p.LateFeeAmountMinor, p.LateFeePercent, p.NoShowFeeMinor, p.TextEs, p.TextEn);
}
