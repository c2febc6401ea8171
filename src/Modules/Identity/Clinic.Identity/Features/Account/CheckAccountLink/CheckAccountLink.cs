using Mediator;

namespace Clinic.Identity.Features.Account.CheckAccountLink;

/// <summary>
/// What an emailed account link can still do, asked when its page opens so that a link whose account has moved on
/// says so at once instead of showing a form that would only be refused.
/// </summary>
/// <param name="Kind">"activation" (welcome email) or "password-reset".</param>
/// <param name="Token">The token from the link.</param>
public sealed record CheckAccountLink(string Kind, string Token) : IRequest<AccountLinkStatus>;

/// <param name="State">
/// "usable": show the form; "expired-or-used": ask for a new link; "account-active": the account has been set up
/// another way since (registered and verified the same email): log in or reset the password instead.
/// </param>
public sealed record AccountLinkStatus(string State);
