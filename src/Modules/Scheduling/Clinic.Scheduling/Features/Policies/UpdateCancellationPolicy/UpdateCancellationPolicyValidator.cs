using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Policies;
using FluentValidation;

namespace Clinic.Scheduling.Features.Policies.UpdateCancellationPolicy;

internal sealed class UpdateCancellationPolicyValidator : AbstractValidator<UpdateCancellationPolicy>
{
    public UpdateCancellationPolicyValidator()
    {
        RuleFor(p => p.WindowHours).InclusiveBetween(0, 14 * 24);
        RuleFor(p => p.LateFeeKind).IsInEnum();
        RuleFor(p => p.LateFeeAmountMinor).GreaterThan(0).When(p => p.LateFeeKind == LateFeeKind.Fixed)
            .WithMessage("Enter the fee amount.");
        RuleFor(p => p.LateFeePercent).InclusiveBetween(1, 100).When(p => p.LateFeeKind == LateFeeKind.PercentOfPrice);
        RuleFor(p => p.NoShowFeeAmountMinor).InclusiveBetween(0, 10_000_000).WithMessage("The no-show fee cannot be negative.");
        RuleFor(p => p.TextEs).NotEmpty().MaximumLength(CatalogLimits.DescriptionLength);
        RuleFor(p => p.TextEn).NotEmpty().MaximumLength(CatalogLimits.DescriptionLength);
    }
}
