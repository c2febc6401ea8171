using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Appointments;

namespace Clinic.Scheduling.Domain.Policies;

/// <summary>
/// The clinic's rules for changing an appointment online. Every change makes a new version; an
/// appointment keeps the version the patient accepted when booking, which is what applies to it.
/// </summary>
internal sealed class CancellationPolicy
{
    private CancellationPolicy() { }

    public int Version { get; private set; }

    public bool AllowOnlineCancellation { get; private set; }

    public bool AllowOnlineRescheduling { get; private set; }

    /// <summary>No online changes, and a late fee on cancellation, within this many real hours of the start.</summary>
    public int WindowHours { get; private set; }

    public LateFeeKind LateFeeKind { get; private set; }

    public long LateFeeAmountMinor { get; private set; }

    public int LateFeePercent { get; private set; }

    /// <summary>Charged when the patient does not come (zero: none); told to the patient before the card step.</summary>
    public long NoShowFeeMinor { get; private set; }

    /// <summary>A fee of this policy can fall on the patient's card: the booking must secure one (OB8).</summary>
    public bool NeedsCardOnFile => LateFeeKind != LateFeeKind.None || NoShowFeeMinor > 0;

    public string TextEs { get; private set; } = "";

    public string TextEn { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>What applies before a clinic writes its own policy: changes online up to 24 h before, no fee.</summary>
    public static CancellationPolicy Default(DateTimeOffset now) => new()
    {
        Version = 0,
        AllowOnlineCancellation = true,
        AllowOnlineRescheduling = true,
        WindowHours = 24,
        LateFeeKind = LateFeeKind.None,
        TextEs = "Puedes cancelar o cambiar tu cita online hasta 24 horas antes. Después, llama a la clínica.",
        TextEn = "You can cancel or reschedule online up to 24 hours before your appointment. After that, please call the clinic.",
        CreatedAt = now,
    };

    public static CancellationPolicy Next(
        int previousVersion, bool allowCancellation, bool allowRescheduling, int windowHours, LateFeeKind feeKind, long feeAmountMinor,
        int feePercent, string textEs, string textEn, DateTimeOffset now, long noShowFeeMinor = 0) => new()
    {
        Version = previousVersion + 1,
        AllowOnlineCancellation = allowCancellation,
        AllowOnlineRescheduling = allowRescheduling,
        WindowHours = windowHours,
        LateFeeKind = feeKind,
        LateFeeAmountMinor = feeKind == LateFeeKind.Fixed ? feeAmountMinor : 0,
        LateFeePercent = feeKind == LateFeeKind.PercentOfPrice ? feePercent : 0,
        NoShowFeeMinor = Math.Max(0, noShowFeeMinor),
        TextEs = textEs.Trim(),
        TextEn = textEn.Trim(),
        CreatedAt = now,
    };

    /// <summary>Within the window: measured in real elapsed time, so a DST change in between neither adds nor removes an hour.</summary>
    public bool IsLate(DateTimeOffset startsAt, DateTimeOffset now) => now > startsAt.AddHours(-WindowHours);

    public long LateFee(long appointmentPriceMinor) => LateFeeKind switch
    {
        LateFeeKind.Fixed => LateFeeAmountMinor,
        LateFeeKind.PercentOfPrice => (long)Math.Round(appointmentPriceMinor * LateFeePercent / 100m, MidpointRounding.AwayFromZero),
        _ => 0,
    };

    /// <summary>
    /// The fee for cancelling <paramref name="appointment"/> now under this policy (the one the patient accepted):
    /// nothing in time, the policy's fee once late. The one place that decides a late fee.
    /// </summary>
    public long LateFeeFor(Appointment appointment, DateTimeOffset now) =>
        IsLate(appointment.StartsAt, now) ? LateFee(appointment.TotalPriceMinor) : 0;

    /// <summary>
    /// May the patient cancel online? The clinic's <paramref name="current"/> policy says whether it is offered at
    /// all; this policy (the one accepted at booking) decides lateness: late is allowed only when it carries a fee,
    /// which the patient then pays.
    /// </summary>
    public OnlineChange OnlineCancellation(CancellationPolicy current, DateTimeOffset startsAt, DateTimeOffset now) =>
        !current.AllowOnlineCancellation ? OnlineChange.NotOffered
        : IsLate(startsAt, now) && LateFeeKind == LateFeeKind.None ? OnlineChange.TooLate
        : OnlineChange.Allowed;

    /// <summary>May the patient move the appointment online? As for cancelling, but never once late: there is no fee to move it.</summary>
    public OnlineChange OnlineRescheduling(CancellationPolicy current, DateTimeOffset startsAt, DateTimeOffset now) =>
        !current.AllowOnlineRescheduling ? OnlineChange.NotOffered
        : IsLate(startsAt, now) ? OnlineChange.TooLate
        : OnlineChange.Allowed;

    /// <summary>Refuses a change the patient may not make online, telling them whom to call instead.</summary>
    public void EnsureAllowed(OnlineChange decision, string clinicPhone)
    {
        switch (decision)
        {
            case OnlineChange.NotOffered:
                throw new BusinessRuleException($"This clinic does not allow this change online. Please call the clinic on {clinicPhone}.");
            case OnlineChange.TooLate:
                throw new BusinessRuleException($"Your appointment is less than {WindowHours} hours away, so it can no longer be changed online. Please call the clinic on {clinicPhone}.");
        }
    }
}
