using Clinic.Forms.Contracts;

namespace Clinic.Notifications.Templates.Appointments;

/// <summary>
/// Sent when the visit is completed (PP11). It carries the post-treatment instructions of the services
/// performed, as the clinic wrote them in Forms; without any it thanks the patient and says whom to call.
/// </summary>
internal static class PostTreatmentTemplate
{
    public static EmailContent Email(AppointmentMessage m, IReadOnlyList<InstructionDocument> instructions)
    {
        var blocks = new List<EmailBlock>
        {
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Gracias por confiar en {m.Clinic.Name} para tu tratamiento de {m.Visit.Title} del {m.Language.LongDate(m.Start.Local)}.",
                $"Thank you for trusting {m.Clinic.Name} with your {m.Visit.Title} treatment on {m.Language.LongDate(m.Start.Local)}.")),
        };
        if (instructions.Count > 0)
        {
            blocks.Add(new Paragraph(m.Language.Pick(
                "Para cuidar tu piel y obtener el mejor resultado, sigue estas indicaciones:",
                "To look after your skin and get the best result, please follow these instructions:")));
            blocks.AddRange(InstructionsBlocks.Of(instructions));
            blocks.Add(new Paragraph(m.Language.Pick(
                "También las tienes en tu portal de paciente, por si quieres consultarlas más adelante.",
                "You can also find them in your patient portal whenever you need them.")));
        }
        else
        {
            blocks.Add(new Paragraph(m.Language.Pick(
                $"Sigue las indicaciones que te ha dado {m.Visit.ProviderName} durante la visita.",
                $"Please follow the advice {m.Visit.ProviderName} gave you during your visit.")));
        }

        blocks.Add(new Paragraph(m.Language.Pick(
            $"Si notas alguna reacción que te preocupe, como enrojecimiento intenso, dolor o una hinchazón que no cede, llámanos al {m.Visit.LocationPhone}.",
            $"If you notice any reaction that worries you, such as strong redness, pain or swelling that does not go down, call us on {m.Visit.LocationPhone}.")));
        blocks.Add(new ActionButton(m.Language.Pick("Reservar mi próxima cita", "Book my next appointment"), m.BookingUrl));

        return new EmailContent(
            m.Language.Pick("Gracias por tu visita: cuidados después de tu tratamiento", "Thank you for your visit: caring for yourself after treatment"),
            m.Language.Pick("Gracias por tu visita", "Thank you for your visit"),
            blocks,
            m.Footer);
    }
}
