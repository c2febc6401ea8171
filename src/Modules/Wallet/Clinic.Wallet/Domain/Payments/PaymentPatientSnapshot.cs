namespace Clinic.Wallet.Domain.Payments;

/// <summary>Who to write to about a payment, as known when it was recorded (receipts, pay links).</summary>
internal sealed record PaymentPatientSnapshot(string FullName, string? Email, string Language)
{
    public static PaymentPatientSnapshot Unknown { get; } = new("", null, "es");
}
