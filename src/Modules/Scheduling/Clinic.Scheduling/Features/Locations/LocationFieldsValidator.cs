using Clinic.Scheduling.Domain.Catalog;
using FluentValidation;

namespace Clinic.Scheduling.Features.Locations;

internal sealed class LocationFieldsValidator : AbstractValidator<ILocationFields>
{
    public LocationFieldsValidator()
    {
        RuleFor(l => l.Name).NotEmpty().MaximumLength(CatalogLimits.NameLength);
        RuleFor(l => l.Address).NotEmpty().MaximumLength(CatalogLimits.AddressLength);
        RuleFor(l => l.Phone).NotEmpty().MaximumLength(CatalogLimits.PhoneLength)
            .Matches(@"^\+?[0-9][0-9 ()\-]{5,}$").WithMessage("Enter a phone number with digits only, optionally starting with + and the country code.");
        RuleFor(l => l.TimeZone).NotEmpty().Must(IanaTimeZone.IsValid)
            .WithMessage("'{PropertyValue}' is not an IANA time zone (for example Europe/Madrid).");
    }
}
