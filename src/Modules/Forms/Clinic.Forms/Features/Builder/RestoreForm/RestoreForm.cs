using Mediator;

namespace Clinic.Forms.Features.Builder.RestoreForm;

/// <summary>Puts an archived form back in use; visits ahead of its services get it again.</summary>
public sealed record RestoreForm(Guid FormId) : IRequest<FormDetails>;
