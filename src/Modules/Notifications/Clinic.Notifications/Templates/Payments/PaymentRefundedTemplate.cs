using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Templates.Payments;

/// <summary>Money went back to the patient: to their card (banks take a few days to show it) or into their wallet.</summary>
internal static class PaymentRefundedTemplate
{
    public static EmailContent Email(PaymentMessage m, PaymentRefunded refund)
    {
        var amount = m.Money(refund.RefundedMinor, refund.Currency);
        var purpose = m.Purpose(refund.Purpose);
        var where = refund.AsCredit
            ? m.Language.Pick(
                $"Hemos añadido {amount} a tu monedero en la clínica; se descontarán de tus próximas visitas.",
                $"We have added {amount} to your wallet at the clinic; it will be taken off your next visits.")
            : refund.Card is { } card
                ? m.Language.Pick(
                    $"Hemos devuelto {amount} a {m.Card(card)}. Tu banco puede tardar entre 5 y 10 días hábiles en mostrarlo.",
                    $"We have refunded {amount} to {m.Card(card)}. Your bank may take 5 to 10 business days to show it.")
                : m.Language.Pick(
                    $"Hemos devuelto {amount} a la tarjeta con la que pagaste. Tu banco puede tardar entre 5 y 10 días hábiles en mostrarlo.",
                    $"We have refunded {amount} to the card you paid with. Your bank may take 5 to 10 business days to show it.");
        var blocks = new List<EmailBlock>
        {
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick($"Te hemos devuelto {amount} de tu {purpose}.", $"We have refunded {amount} of your {purpose}.")),
            new Paragraph(where),
        };
        if (refund.Visit is { } visit)
        {
            blocks.Add(m.Visit(visit));
        }

        return new EmailContent(
            m.Language.Pick($"Devolución de {amount}", $"Refund of {amount}"),
            m.Language.Pick("Te hemos hecho una devolución", "We have refunded you"),
            blocks,
            m.Clinic.Footer);
    }
}
