using FluentValidation;

namespace Clinic.Scheduling.Features.Availability.SearchAvailability;

internal sealed class SearchAvailabilityValidator : AbstractValidator<SearchAvailability>
{
    public SearchAvailabilityValidator()
    {
        AvailabilityRequestRules.AddCartRules(this, r => r.LocationId, r => r.ServiceIds);
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).WithMessage("'to' must be on or after 'from'.");
        RuleFor(r => r.To)
            .Must((r, to) => to.DayNumber - r.From.DayNumber < AvailabilityReader.MaxRangeDays)
            .WithMessage($"Ask for at most {AvailabilityReader.MaxRangeDays} days at a time.")
            .When(r => r.To >= r.From);
    }
}
