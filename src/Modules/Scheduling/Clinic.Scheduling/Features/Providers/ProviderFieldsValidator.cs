using Clinic.Scheduling.Domain.Catalog;
using FluentValidation;

namespace Clinic.Scheduling.Features.Providers;

internal sealed class ProviderFieldsValidator : AbstractValidator<IProviderFields>
{
    public ProviderFieldsValidator()
    {
        RuleFor(p => p.DisplayName).NotEmpty().MaximumLength(CatalogLimits.NameLength);
        RuleFor(p => p.Title).MaximumLength(CatalogLimits.NameLength);
        RuleFor(p => p.Bio).MaximumLength(CatalogLimits.DescriptionLength);
        RuleFor(p => p.PhotoUrl).MaximumLength(CatalogLimits.UrlLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .When(p => !string.IsNullOrWhiteSpace(p.PhotoUrl))
            .WithMessage("The photo URL must be an absolute http(s) address.");
        RuleFor(p => p.ServiceIds).NotNull();
        RuleForEach(p => p.ServiceIds).NotEmpty();
        RuleFor(p => p.LocationIds).NotEmpty().WithMessage("A provider must work at one location at least.");
        RuleForEach(p => p.LocationIds).NotEmpty();
    }
}
