namespace Clinic.Wallet.Domain.Payments;

/// <summary>The appointment a fee or deposit is about, as Scheduling described it, so receipts need not ask again.</summary>
internal sealed record PaymentAppointmentSnapshot(Guid AppointmentId, string Title, DateTimeOffset StartsAt, string TimeZone, string LocationName);
