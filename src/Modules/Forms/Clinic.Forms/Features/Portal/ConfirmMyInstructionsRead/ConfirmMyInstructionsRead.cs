using Mediator;

namespace Clinic.Forms.Features.Portal.ConfirmMyInstructionsRead;

/// <summary>The patient confirms having read pre-treatment instructions (PP12), so staff see them as done.</summary>
public sealed record ConfirmMyInstructionsRead(Guid RequestId) : IRequest<FormRequestSummary>;
