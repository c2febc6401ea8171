using Clinic.Scheduling.Domain.Catalog;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Clinic.Scheduling.Features.Services;

internal sealed class ServiceFieldsValidator : AbstractValidator<IServiceFields>
{
    public ServiceFieldsValidator(IOptions<ClinicProfileOptions> clinic)
    {
        var currency = clinic.Value.Currency;
        RuleFor(s => s.CategoryId).NotEmpty();
        RuleFor(s => s.Name).NotEmpty().MaximumLength(CatalogLimits.NameLength);
        RuleFor(s => s.Description).MaximumLength(CatalogLimits.DescriptionLength);
        RuleFor(s => s.DurationMinutes)
            .InclusiveBetween(CatalogLimits.MinDurationMinutes, CatalogLimits.MaxDurationMinutes)
            .Must(minutes => minutes % 5 == 0).WithMessage("'Duration Minutes' must be a multiple of 5.");
        RuleFor(s => s.BufferMinutes).InclusiveBetween(0, CatalogLimits.MaxBufferMinutes)
            .Must(minutes => minutes % 5 == 0).WithMessage("'Buffer Minutes' must be a multiple of 5.");
        RuleFor(s => s.Price).NotNull();
        RuleFor(s => s.Price.AmountMinor).GreaterThanOrEqualTo(0).When(s => s.Price is not null).OverridePropertyName("price.amountMinor");
        RuleFor(s => s.Price.Currency)
            .Must(c => string.Equals(c, currency, StringComparison.OrdinalIgnoreCase))
            .WithMessage($"Prices must be in the clinic's currency ({currency}).")
            .When(s => s.Price is not null)
            .OverridePropertyName("price.currency");
        RuleFor(s => s.DepositAmountMinor)
            .GreaterThanOrEqualTo(0)
            .LessThanOrEqualTo(s => s.Price.AmountMinor).WithMessage("The deposit cannot be more than the price.")
            .When(s => s.DepositAmountMinor is not null && s.Price is not null);
    }
}
