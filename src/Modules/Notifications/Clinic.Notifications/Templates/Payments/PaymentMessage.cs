using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Templates.Payments;

/// <summary>What a payment email (receipt, pay link, refund) may say: amounts by currency and language, the visit in its own zone.</summary>
internal sealed record PaymentMessage(string PatientName, Language Language, ClinicBranding Clinic)
{
    public string Greeting => Language.Pick($"Hola, {Wording.FirstName(PatientName)}:", $"Hello {Wording.FirstName(PatientName)},");

    public string Money(long amountMinor, string currency) => Language.Money(amountMinor, currency);

    public string When(PaymentVisit visit) => Language.DateAndTime(ZonedTime.Of(visit.StartsAt, visit.TimeZone));

    public string Card(PaymentCardLabel card) => Language.Pick($"la tarjeta {Brand(card.Brand)} acabada en {card.Last4}", $"the {Brand(card.Brand)} card ending in {card.Last4}");

    /// <summary>"cargo por cancelación tardía" / "late cancellation fee".</summary>
    public string Purpose(string purpose) => purpose switch
    {
        PaymentPurposes.LateCancellationFee => Language.Pick("cargo por cancelación tardía", "late cancellation fee"),
        PaymentPurposes.NoShowFee => Language.Pick("cargo por no asistir a la cita", "no-show fee"),
        PaymentPurposes.Deposit => Language.Pick("depósito", "deposit"),
        _ => Language.Pick("pago", "payment"),
    };

    /// <summary>Why a card was not charged, in words a patient understands and can act on.</summary>
    public string Reason(string reason) => reason switch
    {
        "insufficient_funds" => Language.Pick("tu banco indicó que no había fondos suficientes", "your bank said there were not enough funds"),
        "expired_card" => Language.Pick("la tarjeta ha caducado", "the card has expired"),
        "incorrect_cvc" => Language.Pick("el código de seguridad de la tarjeta no es correcto", "the card's security code is not correct"),
        "authentication_required" => Language.Pick("tu banco pide que confirmes tú el pago", "your bank asks you to confirm the payment yourself"),
        "authentication_failed" => Language.Pick("no se completó la verificación de tu banco", "your bank's verification was not completed"),
        "processing_error" => Language.Pick("hubo un error al procesar la tarjeta", "there was an error processing the card"),
        "no_card_on_file" => Language.Pick("no tenemos ninguna tarjeta tuya guardada", "we have no card of yours on file"),
        _ => Language.Pick("tu banco rechazó la tarjeta", "your bank declined the card"),
    };

    public Facts Visit(PaymentVisit visit, params Fact[] extra) => new(
    [
        new Fact(Language.Pick("Cita", "Appointment"), visit.Title),
        new Fact(Language.Pick("Fecha", "Date"), When(visit)),
        new Fact(Language.Pick("Centro", "Clinic"), visit.LocationName),
        .. extra,
    ]);

    public string PortalUrl => $"{Clinic.PublicUrl.TrimEnd('/')}/portal";

    private static string Brand(string brand) => brand.ToLowerInvariant() switch
    {
        "visa" => "Visa",
        "mastercard" => "Mastercard",
        "amex" => "American Express",
        _ => brand.Length > 0 ? char.ToUpperInvariant(brand[0]) + brand[1..] : brand,
    };
}
