using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>
/// An appointment was cancelled. A late cancellation carries the fee due under the policy version
/// the patient accepted at booking; Wallet charges it.
/// </summary>
public sealed record AppointmentCancelled(
    AppointmentSnapshot Appointment,
    bool CancelledByPatient,
    bool IsLate,
    long FeeDueAmountMinor,
    string Currency,
    int? PolicyVersion) : IntegrationEvent;
