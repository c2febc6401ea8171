using FluentValidation;

namespace Clinic.Scheduling.Features.Appointments.ListCalendar;

internal sealed class ListCalendarValidator : AbstractValidator<ListCalendar>
{
    public ListCalendarValidator()
    {
        RuleFor(c => c.LocationId).NotEmpty();
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).WithMessage("'to' must be on or after 'from'.");
        RuleFor(c => c.To).Must((c, to) => to.DayNumber - c.From.DayNumber < 42).WithMessage("Ask for at most 6 weeks at a time.");
    }
}
