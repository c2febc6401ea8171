using Mediator;

namespace Clinic.Forms.Features.Builder.ArchiveForm;

/// <summary>Archives the form: kept with every version and answer, never requested again; pending requests of visits ahead are withdrawn.</summary>
public sealed record ArchiveForm(Guid FormId) : IRequest<FormDetails>;
