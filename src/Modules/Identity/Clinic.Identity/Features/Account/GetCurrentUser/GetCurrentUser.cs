using Mediator;

namespace Clinic.Identity.Features.Account.GetCurrentUser;

/// <summary>Who the session belongs to; null when the session names no account (e.g. an API key).</summary>
public sealed record GetCurrentUser : IRequest<CurrentUserResponse?>;
