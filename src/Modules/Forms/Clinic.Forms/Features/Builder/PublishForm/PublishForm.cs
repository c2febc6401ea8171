using Mediator;

namespace Clinic.Forms.Features.Builder.PublishForm;

/// <summary>
/// Freezes the draft into a new immutable version. Visits still ahead get it: pending requests move to it, and
/// visits of the assigned services that had no request yet get one.
/// </summary>
public sealed record PublishForm(Guid FormId) : IRequest<FormDetails>;
