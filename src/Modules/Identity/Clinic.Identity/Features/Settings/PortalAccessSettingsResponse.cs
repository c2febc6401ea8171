namespace Clinic.Identity.Features.Settings;

/// <summary>The clinic's portal-access settings (ST1) and the link staff copy to share the portal (PP3).</summary>
/// <param name="PortalBaseUrl">The Admin's chosen public address; null to use the host's configured one.</param>
/// <param name="PortalUrl">The booking-portal link to share with patients: it opens the login / register screen.</param>
public sealed record PortalAccessSettingsResponse(bool EmailActivationEnabled, bool PhoneVerificationRequired, string? PortalBaseUrl, string PortalUrl);
