using FluentValidation;

namespace Clinic.Scheduling.Features.Schedules.ListScheduleExceptions;

internal sealed class ListScheduleExceptionsValidator : AbstractValidator<ListScheduleExceptions>
{
    public ListScheduleExceptionsValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("'to' must be on or after 'from'.");
        RuleFor(q => q.To).Must((q, to) => to.DayNumber - q.From.DayNumber <= 366).WithMessage("Ask for at most a year at a time.");
    }
}
