using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>
/// The patient did not come; pending reminders are dropped. <see cref="FeeDueAmountMinor"/> is the no-show fee of
/// the policy the patient accepted at booking (zero when it has none); Wallet charges it.
/// </summary>
public sealed record AppointmentNoShow(AppointmentSnapshot Appointment) : IntegrationEvent
{
    public long FeeDueAmountMinor { get; init; }

    public string Currency { get; init; } = "";
}
