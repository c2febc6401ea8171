using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>One treatment of an appointment as it was when booked (name and price do not change with the catalog later).</summary>
internal sealed record AppointmentService(int Position, Guid ServiceId, string Name, int DurationMinutes, int BufferMinutes, long PriceAmountMinor, string Currency)
{
    public static AppointmentService Of(int position, Service service) => new(
        position, service.Id, service.Name, service.DurationMinutes, service.BufferMinutes, service.PriceAmountMinor, service.Currency);
}
