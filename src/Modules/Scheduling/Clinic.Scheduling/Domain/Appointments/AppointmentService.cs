namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>One treatment of an appointment as it was when booked (name and price do not change with the catalog later).</summary>
internal sealed record AppointmentService(int Position, Guid ServiceId, string Name, int DurationMinutes, int BufferMinutes, long PriceAmountMinor, string Currency);
