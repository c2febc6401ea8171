namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>One treatment within an appointment, in the order it is performed.</summary>
public sealed record AppointmentServiceLine(Guid ServiceId, string Name, int DurationMinutes, long PriceAmountMinor, string Currency);
