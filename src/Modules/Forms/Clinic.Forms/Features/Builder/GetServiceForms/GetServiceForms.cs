using Mediator;

namespace Clinic.Forms.Features.Builder.GetServiceForms;

/// <summary>The forms assigned to one service, for the service editor.</summary>
public sealed record GetServiceForms(Guid ServiceId) : IRequest<IReadOnlyList<FormSummary>>;
