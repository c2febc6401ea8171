using Mediator;

namespace Clinic.Forms.Features.Builder.DeleteForm;

/// <summary>Deletes a form no patient was ever asked; once one was, archive it instead (answers must keep their version).</summary>
public sealed record DeleteForm(Guid FormId) : IRequest;
