using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Templates.Payments;

/// <summary>The receipt of a booking's deposit: taken from the card the patient gave, counted towards the visit.</summary>
internal static class DepositReceiptTemplate
{
    public static EmailContent Email(PaymentMessage m, DepositReceived deposit)
    {
        var amount = m.Money(deposit.AmountMinor, deposit.Currency);
        var blocks = new List<EmailBlock>
        {
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Hemos cobrado el depósito de {amount} en {m.Card(deposit.Card)} para asegurar tu reserva. Se descontará del precio el día de tu visita.",
                $"We have charged the {amount} deposit to {m.Card(deposit.Card)} to secure your booking. It will be taken off the price on the day of your visit.")),
        };
        blocks.AddRange(deposit.Visits.Select(visit => (EmailBlock)m.Visit(visit)));
        blocks.Add(new Note(m.Language.Pick(
            "Si cancelas dentro del plazo de la política de cancelación, te devolveremos el depósito.",
            "If you cancel within the cancellation policy's notice period, we will refund the deposit.")));
        return new EmailContent(
            m.Language.Pick($"Justificante del depósito de {amount}", $"Receipt for your {amount} deposit"),
            m.Language.Pick("Depósito recibido", "Deposit received"),
            blocks,
            m.Clinic.Footer);
    }
}
