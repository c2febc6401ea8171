using FluentValidation;

namespace Clinic.Scheduling.Features.Schedules.SetWeeklyHours;

internal sealed class SetWeeklyHoursValidator : AbstractValidator<SetWeeklyHours>
{
    public SetWeeklyHoursValidator()
    {
        RuleFor(c => c.Days).NotNull()
            .Must(days => days.Select(d => d.DayOfWeek).Distinct().Count() == days.Count).WithMessage("Each weekday may appear once.");
        RuleForEach(c => c.Days).ChildRules(day =>
        {
            day.RuleFor(d => d.DayOfWeek).IsInEnum();
            day.RuleFor(d => d.Intervals).NotNull().Must(i => i.Count <= 6).WithMessage("At most 6 intervals a day.");
            day.RuleForEach(d => d.Intervals).SetValidator(new TimeRangeValidator());
            day.RuleFor(d => d.Intervals)
                .Must(NotOverlap).WithMessage("Intervals of one day must not overlap.")
                .When(d => d.Intervals is not null && d.Intervals.All(i => TimeRangeValidator.ToInterval(i).IsValid));
        });
    }

    private static bool NotOverlap(IReadOnlyList<TimeRange> ranges)
    {
        var intervals = ranges.Select(TimeRangeValidator.ToInterval).OrderBy(i => i.StartMinute).ToList();
        return intervals.Zip(intervals.Skip(1)).All(pair => pair.First.EndMinute <= pair.Second.StartMinute);
    }
}
