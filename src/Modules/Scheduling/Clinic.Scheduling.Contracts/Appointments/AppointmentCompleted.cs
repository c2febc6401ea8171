using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>The visit ended: Notifications emails the post-treatment instructions (PP11).</summary>
public sealed record AppointmentCompleted(AppointmentSnapshot Appointment, DateTimeOffset CompletedAt) : IntegrationEvent;
