using Mediator;

namespace Clinic.Identity.Features.Account.RequestPasswordReset;

/// <summary>
/// "Forgot password": emails a reset link to an account with this address, or a welcome link to a
/// patient on file who has no account yet. Always answered the same way.
/// </summary>
public sealed record RequestPasswordReset(string Email) : IRequest;
