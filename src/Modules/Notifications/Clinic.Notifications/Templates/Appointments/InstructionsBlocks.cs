using Clinic.Forms.Contracts;

namespace Clinic.Notifications.Templates.Appointments;

/// <summary>Instructions the clinic wrote in Forms, as email blocks: each form's introduction, then its points as a list.</summary>
internal static class InstructionsBlocks
{
    public static IEnumerable<EmailBlock> Of(IReadOnlyList<InstructionDocument> documents)
    {
        foreach (var document in documents)
        {
            if (document.Introduction is { Length: > 0 } introduction)
            {
                yield return new Paragraph(introduction);
            }

            yield return new BulletList(document.Title, document.Points.Select(p => new BulletItem(p.Heading, p.Text)).ToList());
        }
    }
}
