using FluentValidation;

namespace Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;

internal sealed class UpdatePortalAccessSettingsValidator : AbstractValidator<UpdatePortalAccessSettings>
{
    public UpdatePortalAccessSettingsValidator() => RuleFor(s => s.PortalBaseUrl)
        .MaximumLength(300)
        .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri)
                     && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                     && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        .WithMessage("Enter the portal's public address, like https://citas.example.com.")
        .When(s => !string.IsNullOrWhiteSpace(s.PortalBaseUrl));
}
