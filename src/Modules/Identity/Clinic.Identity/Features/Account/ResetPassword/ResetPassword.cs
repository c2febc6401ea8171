using Mediator;

namespace Clinic.Identity.Features.Account.ResetPassword;

/// <summary>Sets a new password with the token from a reset link; every other session of the account ends.</summary>
public sealed record ResetPassword(string Token, string NewPassword) : IRequest;
