using Mediator;

namespace Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;

/// <summary>Changes the portal-access settings.</summary>
/// <param name="EmailActivationEnabled">PP1: a first booking sends the welcome email.</param>
/// <param name="PhoneVerificationRequired">OB4: online booking asks for an SMS code.</param>
/// <param name="PortalBaseUrl">Public http(s) address of the portal, e.g. https://citas.example.com; null or empty for the configured default.</param>
public sealed record UpdatePortalAccessSettings(bool EmailActivationEnabled, bool PhoneVerificationRequired, string? PortalBaseUrl)
    : IRequest<PortalAccessSettingsResponse>;
