namespace Clinic.Scheduling.Contracts.Appointments;

/// <summary>
/// The card step a booking went through: its hold group's key, Wallet's reference, and this appointment's share of
/// the deposit. Wallet captures the deposit and releases the card check from it.
/// </summary>
public sealed record BookingPaymentReference(string HoldKey, string Reference, long DepositMinor);
