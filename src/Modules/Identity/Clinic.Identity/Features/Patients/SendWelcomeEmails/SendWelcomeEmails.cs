using Mediator;

namespace Clinic.Identity.Features.Patients.SendWelcomeEmails;

/// <summary>
/// "Activate now" (PP2): emails the welcome/activation link to every patient who has never logged
/// in. Safe to press twice: anyone emailed within the resend interval is skipped.
/// </summary>
public sealed record SendWelcomeEmails : IRequest<WelcomeEmailsSent>;

/// <param name="Sent">Welcome emails queued now.</param>
/// <param name="SkippedRecentlyInvited">Patients already emailed within the resend interval.</param>
/// <param name="SkippedWithoutEmail">Patients the clinic has no email for.</param>
public sealed record WelcomeEmailsSent(int Sent, int SkippedRecentlyInvited, int SkippedWithoutEmail);
