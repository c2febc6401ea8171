namespace Clinic.Wallet.Domain.Cards;

/// <summary>
/// A card being added in the portal: the processor's setup the browser confirms. Remembered so that only the
/// patient who started it can finish it, and so a repeat of "save" saves the card once.
/// </summary>
internal sealed class CardSetup
{
    private CardSetup() { }

    public string SetupId { get; private set; } = "";

    public Guid PatientId { get; private set; }

    public string CustomerId { get; private set; } = "";

    public Guid? CardId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static CardSetup Start(string setupId, Guid patientId, string customerId, DateTimeOffset now) =>
        new() { SetupId = setupId, PatientId = patientId, CustomerId = customerId, CreatedAt = now };

    public void Saved(Guid cardId) => CardId = cardId;
}
