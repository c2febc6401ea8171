using Clinic.Forms.Domain.Answers;
using Mediator;

namespace Clinic.Forms.Features.Portal.GetMyFormRequest;

/// <summary>One of the patient's requests, to answer, sign or read: the exact version asked, the draft, and the answers if already given.</summary>
public sealed record GetMyFormRequest(Guid RequestId) : IRequest<MyFormRequest>;

/// <summary>A request opened in the portal.</summary>
/// <param name="Request">Its status.</param>
/// <param name="Version">The version to answer, sign or read.</param>
/// <param name="Visit">The appointment it is for.</param>
/// <param name="Draft">Answers saved but not sent yet.</param>
/// <param name="DraftSavedAt">When the draft was saved.</param>
/// <param name="Submission">The answers or signature already given.</param>
public sealed record MyFormRequest(FormRequestSummary Request, FormVersionView Version, VisitSummary Visit, IReadOnlyList<FormAnswer>? Draft,
    DateTimeOffset? DraftSavedAt, SubmissionDetails? Submission);
