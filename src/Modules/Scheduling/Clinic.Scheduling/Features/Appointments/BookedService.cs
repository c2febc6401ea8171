using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Appointments;

namespace Clinic.Scheduling.Features.Appointments;

// One treatment of a booked appointment as staff and the patient see it: name and price as they were when booked.
// (No XML summary: the OpenAPI schema has never had a description.)
public sealed record BookedService(Guid ServiceId, string Name, int DurationMinutes, Money Price)
{
    internal static BookedService From(AppointmentService line) => new(line.ServiceId, line.Name, line.DurationMinutes, new Money(line.PriceAmountMinor, line.Currency));
}
