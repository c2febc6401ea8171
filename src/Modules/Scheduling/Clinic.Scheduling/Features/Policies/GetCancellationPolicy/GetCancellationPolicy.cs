using Mediator;

namespace Clinic.Scheduling.Features.Policies.GetCancellationPolicy;

/// <summary>The cancellation policy in force: shown to patients before they book and before they cancel.</summary>
public sealed record GetCancellationPolicy : IRequest<CancellationPolicyResponse>;
