using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Templates.Payments;

/// <summary>A fee could not be charged: why, whether the card will be tried again, and the link to pay it now.</summary>
internal static class FeePaymentFailedTemplate
{
    public static EmailContent Email(PaymentMessage m, FeePaymentFailed fee, string payUrl)
    {
        var purpose = m.Purpose(fee.Purpose);
        var amount = m.Money(fee.AmountMinor, fee.Currency);
        var blocks = new List<EmailBlock>
        {
            new Paragraph(m.Greeting),
            new Paragraph(fee.Card is { } card && fee.Reason != "no_card_on_file"
                ? m.Language.Pick(
                    $"No hemos podido cobrar el {purpose} de {amount} en {m.Card(card)}: {m.Reason(fee.Reason)}.",
                    $"We could not charge the {purpose} of {amount} to {m.Card(card)}: {m.Reason(fee.Reason)}.")
                : m.Language.Pick(
                    $"No hemos podido cobrar el {purpose} de {amount}: {m.Reason(fee.Reason)}.",
                    $"We could not charge the {purpose} of {amount}: {m.Reason(fee.Reason)}.")),
            m.Visit(fee.Visit),
            new Paragraph(m.Language.Pick("Puedes pagarlo ahora de forma segura con este enlace:", "You can pay it now, securely, with this link:")),
            new ActionButton(m.Language.Pick($"Pagar {amount}", $"Pay {amount}"), payUrl),
        };
        if (fee.NextRetryAt is { } retry)
        {
            blocks.Add(new Note(m.Language.Pick(
                $"Si no lo pagas antes, volveremos a intentar el cobro en la misma tarjeta el {m.Language.DateAndTime(ZonedTime.Of(retry, m.Clinic.TimeZone))}.",
                $"If you have not paid by then, we will try the same card again on {m.Language.DateAndTime(ZonedTime.Of(retry, m.Clinic.TimeZone))}.")));
        }

        blocks.Add(new Note(m.Language.Pick(
            "El enlace es personal: no lo compartas. Si crees que se trata de un error, llama a la clínica.",
            "The link is personal: do not share it. If you think this is a mistake, call the clinic.")));
        return new EmailContent(
            m.Language.Pick($"Pago pendiente: {purpose} de {amount}", $"Payment due: {purpose} of {amount}"),
            m.Language.Pick("Tienes un pago pendiente", "You have a payment due"),
            blocks,
            m.Clinic.Footer);
    }
}
