using Mediator;

namespace Clinic.Identity.Features.Patients.GetPortalActivationSummary;

/// <summary>How many patients have never logged in to the portal (PP2), and how many "Activate now" would email.</summary>
public sealed record GetPortalActivationSummary : IRequest<PortalActivationSummary>;

/// <param name="NeverLoggedIn">Patients without an account, or with one never used.</param>
/// <param name="WithoutEmail">Of those, how many cannot be emailed.</param>
/// <param name="RecentlyInvited">Of those, how many were sent a welcome email too recently to send another.</param>
/// <param name="ReadyToInvite">How many "Activate now" would email.</param>
public sealed record PortalActivationSummary(int NeverLoggedIn, int WithoutEmail, int RecentlyInvited, int ReadyToInvite);
