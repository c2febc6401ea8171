using FluentValidation;

namespace Clinic.Wallet.Features.Staff.ListPayments;

internal sealed class ListPaymentsValidator : AbstractValidator<ListPayments>
{
    public ListPaymentsValidator()
    {
        RuleFor(q => q.From).NotNull().When(q => !q.OutstandingOnly).WithMessage("Choose a day (from), or ask for outstanding fees.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'To' cannot be before 'from'.");
        RuleFor(q => q).Must(q => q.From is null || q.To is null || q.To.Value.DayNumber - q.From.Value.DayNumber <= 92)
            .WithName("to").WithMessage("Ask for at most three months at a time.");
        RuleFor(q => q.Status).IsInEnum();
    }
}
