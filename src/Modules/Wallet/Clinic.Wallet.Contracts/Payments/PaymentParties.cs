namespace Clinic.Wallet.Contracts.Payments;

/// <summary>Who a payment message goes to; <see cref="Language"/> is "es" or "en".</summary>
public sealed record PaymentRecipient(Guid PatientId, string FullName, string? Email, string Language);

/// <summary>The visit a payment is about, described as the patient saw it when booking.</summary>
public sealed record PaymentVisit(Guid AppointmentId, string Title, DateTimeOffset StartsAt, string TimeZone, string LocationName);

/// <summary>The card a payment used: what the patient recognises it by, never its number.</summary>
public sealed record PaymentCardLabel(string Brand, string Last4);

/// <summary>What a payment is for, as a word other modules can switch on: "deposit", "card-check", "late-cancellation-fee", "no-show-fee".</summary>
public static class PaymentPurposes
{
    public const string Deposit = "deposit";
    public const string CardCheck = "card-check";
    public const string LateCancellationFee = "late-cancellation-fee";
    public const string NoShowFee = "no-show-fee";
}
