using Mediator;

namespace Clinic.Identity.Features.Settings.GetPortalAccessSettings;

/// <summary>Email activation, SMS code step and the portal's public address (PP3).</summary>
public sealed record GetPortalAccessSettings : IRequest<PortalAccessSettingsResponse>;
