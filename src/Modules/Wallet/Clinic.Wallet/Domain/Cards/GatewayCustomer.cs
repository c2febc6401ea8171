namespace Clinic.Wallet.Domain.Cards;

/// <summary>The processor's customer a patient's cards are saved under (Stripe: cus_…); one per patient for cards added in the portal.</summary>
internal sealed class GatewayCustomer
{
    private GatewayCustomer() { }

    public Guid PatientId { get; private set; }

    public string CustomerId { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static GatewayCustomer For(Guid patientId, string customerId, DateTimeOffset now) =>
        new() { PatientId = patientId, CustomerId = customerId, CreatedAt = now };
}
