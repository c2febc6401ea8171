using Clinic.Scheduling.Domain.Schedules;
using FluentValidation;

namespace Clinic.Scheduling.Features.Schedules;

internal sealed class TimeRangeValidator : AbstractValidator<TimeRange>
{
    public TimeRangeValidator()
    {
        RuleFor(r => r.Start).Must(t => LocalInterval.TryParseTime(t, out var m) && m < LocalInterval.MinutesPerDay)
            .WithMessage("Use a time like 09:00.");
        RuleFor(r => r.End).Must(t => LocalInterval.TryParseTime(t, out _)).WithMessage("Use a time like 13:30 (24:00 for midnight).");
        RuleFor(r => r).Must(r => ToInterval(r).IsValid).WithMessage("The end must be after the start.")
            .OverridePropertyName("end")
            .When(r => LocalInterval.TryParseTime(r.Start, out _) && LocalInterval.TryParseTime(r.End, out _));
    }

    public static LocalInterval ToInterval(TimeRange range)
    {
        LocalInterval.TryParseTime(range.Start, out var start);
        LocalInterval.TryParseTime(range.End, out var end);
        return new LocalInterval(start, end);
    }
}
