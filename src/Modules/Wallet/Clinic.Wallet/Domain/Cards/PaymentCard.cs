using Clinic.BuildingBlocks.Errors;

namespace Clinic.Wallet.Domain.Cards;

/// <summary>
/// A card on file: only the processor's references and what a patient recognises a card by (brand, last four,
/// expiry). The number never reaches us. A card saved during a guest's booking has no patient until that
/// booking commits.
/// </summary>
internal sealed class PaymentCard
{
    private PaymentCard() { }

    public Guid Id { get; private set; }

    public Guid? PatientId { get; private set; }

    public string GatewayCustomerId { get; private set; } = "";

    public string GatewayPaymentMethodId { get; private set; } = "";

    public string Brand { get; private set; } = "";

    public string Last4 { get; private set; } = "";

    public int ExpMonth { get; private set; }

    public int ExpYear { get; private set; }

    public bool IsDefault { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    public static PaymentCard Save(
        Guid? patientId, string customerId, string paymentMethodId, string brand, string last4, int expMonth, int expYear, bool isDefault, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        PatientId = patientId,
        GatewayCustomerId = customerId,
        GatewayPaymentMethodId = paymentMethodId,
        Brand = brand.ToLowerInvariant(),
        Last4 = last4,
        ExpMonth = expMonth,
        ExpYear = expYear,
        IsDefault = isDefault,
        AddedAt = now,
    };

    public bool IsExpired(DateTimeOffset now) => ExpYear < now.Year || (ExpYear == now.Year && ExpMonth < now.Month);

    public void BelongTo(Guid patientId, bool isDefault)
    {
        PatientId = patientId;
        IsDefault = isDefault;
    }

    public void MakeDefault()
    {
        if (!IsActive)
        {
            throw new ConflictException("A removed card cannot become the default.");
        }

        IsDefault = true;
    }

    public void ClearDefault() => IsDefault = false;

    public void Remove(DateTimeOffset now)
    {
        RemovedAt ??= now;
        IsDefault = false;
    }
}
