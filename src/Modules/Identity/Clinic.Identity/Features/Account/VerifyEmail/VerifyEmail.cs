using Mediator;

namespace Clinic.Identity.Features.Account.VerifyEmail;

/// <summary>Confirms the email of a new account with the token from its verification link; the account can then log in.</summary>
public sealed record VerifyEmail(string Token) : IRequest;
