using FluentValidation;

namespace Clinic.Scheduling.Features.Booking.ExtendSlotHolds;

internal sealed class ExtendSlotHoldsValidator : AbstractValidator<ExtendSlotHolds>
{
    public ExtendSlotHoldsValidator()
    {
        RuleFor(c => c.Holds).NotEmpty().Must(h => h.Count <= 5).WithMessage("At most 5 holds.");
        RuleForEach(c => c.Holds).ChildRules(hold =>
        {
            hold.RuleFor(h => h.HoldId).NotEmpty();
            hold.RuleFor(h => h.HoldToken).NotEmpty().MaximumLength(100);
        });
    }
}
