using Mediator;

namespace Clinic.Identity.Features.ApiKeys.CreateApiKey;

/// <summary>Creates an API key for a third party (BY6). The key is in this answer only: store it now.</summary>
/// <param name="Name">Who or what uses it, e.g. "Marketing CRM".</param>
/// <param name="Scopes">Among catalog:read, patients:read, patients:write, appointments:read, appointments:write, schedules:read, schedules:write.</param>
public sealed record CreateApiKey(string Name, IReadOnlyList<string> Scopes) : IRequest<CreatedApiKey>;

/// <param name="Key">Send it in the X-Api-Key header. It cannot be shown again.</param>
public sealed record CreatedApiKey(ApiKeyResponse ApiKey, string Key);
