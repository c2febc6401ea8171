using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Templates.Payments;

/// <summary>The receipt of a late-cancellation or no-show fee: what was charged to which card, and what the deposit covered.</summary>
internal static class FeeChargedTemplate
{
    public static EmailContent Email(PaymentMessage m, FeeCharged fee)
    {
        var total = fee.ChargedMinor + fee.CoveredByDepositMinor;
        var facts = new List<Fact> { new(m.Language.Pick("Importe", "Amount"), m.Money(total, fee.Currency)) };
        if (fee.Card is { } card && fee.ChargedMinor > 0)
        {
            facts.Add(new Fact(m.Language.Pick("Cobrado en", "Charged to"), $"{m.Card(card)} · {m.Money(fee.ChargedMinor, fee.Currency)}"));
        }

        if (fee.CoveredByDepositMinor > 0)
        {
            facts.Add(new Fact(m.Language.Pick("Descontado del depósito", "Taken from the deposit"), m.Money(fee.CoveredByDepositMinor, fee.Currency)));
        }

        var purpose = m.Purpose(fee.Purpose);
        return new EmailContent(
            m.Language.Pick($"Justificante: {purpose} de {m.Money(total, fee.Currency)}", $"Receipt: {purpose} of {m.Money(total, fee.Currency)}"),
            m.Language.Pick("Justificante de pago", "Payment receipt"),
            [
                new Paragraph(m.Greeting),
                new Paragraph(m.Language.Pick(
                    $"Según la política de cancelación que aceptaste al reservar, hemos aplicado el {purpose} de tu cita.",
                    $"Under the cancellation policy you accepted when booking, we have applied the {purpose} for your appointment.")),
                m.Visit(fee.Visit, [.. facts]),
                new Note(m.Language.Pick(
                    "Si crees que se trata de un error, responde a este correo o llama a la clínica.",
                    "If you think this is a mistake, reply to this email or call the clinic.")),
            ],
            m.Clinic.Footer);
    }
}
