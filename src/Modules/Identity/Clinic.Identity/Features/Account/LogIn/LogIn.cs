using Clinic.Identity.Features.Account.GetCurrentUser;
using Mediator;

namespace Clinic.Identity.Features.Account.LogIn;

/// <summary>Starts a session with email, password and the login form's reCAPTCHA token (PP6).</summary>
/// <param name="RecaptchaToken">The reCAPTCHA v3 token for the "login" action; ignored while reCAPTCHA is off.</param>
public sealed record LogIn(string Email, string Password, string? RecaptchaToken) : IRequest<LogInResult>;

/// <summary>How a login attempt ended; the endpoint turns it into 200, 401 or 403.</summary>
public sealed record LogInResult(LogInOutcome Outcome, CurrentUserResponse? User);

public enum LogInOutcome
{
    SignedIn,

    /// <summary>Unknown email, wrong password, locked or closed account: deliberately one answer.</summary>
    Rejected,

    /// <summary>Right password, but the email is not verified yet; a fresh link has been sent.</summary>
    EmailNotVerified,
}
