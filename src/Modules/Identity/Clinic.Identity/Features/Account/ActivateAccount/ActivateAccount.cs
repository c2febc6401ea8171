using Clinic.Identity.Features.Account.GetCurrentUser;
using Mediator;

namespace Clinic.Identity.Features.Account.ActivateAccount;

/// <summary>
/// Confirms a patient's portal account from the welcome email (PP1/PP2) by choosing a password, and
/// signs them in. The link proves they own the address on their profile.
/// </summary>
public sealed record ActivateAccount(string Token, string Password) : IRequest<CurrentUserResponse>;
