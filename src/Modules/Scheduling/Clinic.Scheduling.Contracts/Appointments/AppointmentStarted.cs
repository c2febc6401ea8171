using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>The patient's visit began: Forms releases post-treatment instructions (PP11).</summary>
public sealed record AppointmentStarted(AppointmentSnapshot Appointment, DateTimeOffset StartedAt) : IntegrationEvent;
