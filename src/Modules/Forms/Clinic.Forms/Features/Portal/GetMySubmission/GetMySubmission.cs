using Mediator;

namespace Clinic.Forms.Features.Portal.GetMySubmission;

/// <summary>Answers the patient gave, or a consent they signed, with its evidence.</summary>
public sealed record GetMySubmission(Guid SubmissionId) : IRequest<SubmissionDetails>;
