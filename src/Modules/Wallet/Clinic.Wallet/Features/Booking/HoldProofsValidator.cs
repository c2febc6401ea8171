using Clinic.Scheduling.Contracts.Booking;
using FluentValidation;

namespace Clinic.Wallet.Features.Booking;

/// <summary>The same shape checks as confirming: a few holds, each once, each with its token.</summary>
internal sealed class HoldProofsValidator : AbstractValidator<IReadOnlyList<HoldProof>>
{
    public HoldProofsValidator()
    {
        RuleFor(h => h).NotEmpty().WithMessage("Choose a time first.")
            .Must(h => h.Count <= 5).WithMessage("At most 5 appointments can be booked at once.")
            .Must(h => h.Select(x => x.HoldId).Distinct().Count() == h.Count).WithMessage("A hold appears twice.");
        RuleForEach(h => h).ChildRules(hold =>
        {
            hold.RuleFor(h => h.HoldId).NotEmpty();
            hold.RuleFor(h => h.HoldToken).NotEmpty().MaximumLength(100);
        });
    }
}
