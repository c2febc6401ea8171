using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>The same appointment (same id, same calendar entry) moved to a new time.</summary>
public sealed record AppointmentRescheduled(AppointmentSnapshot Appointment, DateTimeOffset PreviousStartsAt, DateTimeOffset PreviousEndsAt) : IntegrationEvent;
