using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>
/// A new appointment was confirmed. <see cref="IsPatientsFirstBooking"/> lets Identity send the welcome
/// email (PP1); Forms creates the patient's form requests; Notifications confirms by email and SMS; Wallet
/// captures the deposit and releases the card check of the card step in <see cref="Payment"/>, if there was one.
/// </summary>
public sealed record AppointmentBooked(AppointmentSnapshot Appointment, bool IsPatientsFirstBooking, bool BookedByStaff) : IntegrationEvent
{
    public BookingPaymentReference? Payment { get; init; }
}
