using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>The patient did not come; pending reminders are dropped.</summary>
public sealed record AppointmentNoShow(AppointmentSnapshot Appointment) : IntegrationEvent;
