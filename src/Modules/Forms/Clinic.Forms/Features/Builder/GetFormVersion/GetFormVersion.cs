using Mediator;

namespace Clinic.Forms.Features.Builder.GetFormVersion;

/// <summary>One published version exactly as patients saw it.</summary>
public sealed record GetFormVersion(Guid FormId, Guid VersionId) : IRequest<FormVersionView>;
