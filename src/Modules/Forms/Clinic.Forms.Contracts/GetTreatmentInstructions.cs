using Mediator;

namespace Clinic.Forms.Contracts;

/// <summary>
/// The clinic-authored instructions for an appointment's services, for Notifications to email: pre-treatment
/// ones at booking (PP10), post-treatment ones after the visit (PP11). This is the clinic's own text, the same
/// for every patient; nothing a patient wrote is ever in it. When Forms already issued requests for the
/// appointment, their versions are used, so the email says exactly what the portal shows.
/// </summary>
/// <param name="ServiceIds">The services booked (pre) or performed (post).</param>
/// <param name="Language">"es" or "en".</param>
public sealed record GetTreatmentInstructions(Guid AppointmentId, IReadOnlyList<Guid> ServiceIds, InstructionsTiming Timing, string Language)
    : IRequest<TreatmentInstructions>;

public enum InstructionsTiming
{
    BeforeTreatment,
    AfterTreatment,
}

public sealed record TreatmentInstructions(IReadOnlyList<InstructionDocument> Documents);

/// <summary>One instructions form, as the version in force: its title, introduction and points.</summary>
public sealed record InstructionDocument(Guid FormId, Guid VersionId, string Title, string? Introduction, IReadOnlyList<InstructionPoint> Points);

/// <summary>A heading with the text under it ("Sol: evita la exposición directa durante 48 horas"); either may stand alone.</summary>
public sealed record InstructionPoint(string? Heading, string Text);
