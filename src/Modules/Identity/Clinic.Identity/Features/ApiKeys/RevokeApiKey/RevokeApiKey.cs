using Mediator;

namespace Clinic.Identity.Features.ApiKeys.RevokeApiKey;

/// <summary>Revokes an API key at once; calls with it answer 401 from now on.</summary>
public sealed record RevokeApiKey(Guid ApiKeyId) : IRequest;
