using Mediator;

namespace Clinic.Identity.Features.ApiKeys.ListApiKeys;

/// <summary>Every API key, revoked ones included, newest first.</summary>
public sealed record ListApiKeys : IRequest<IReadOnlyList<ApiKeyResponse>>;
