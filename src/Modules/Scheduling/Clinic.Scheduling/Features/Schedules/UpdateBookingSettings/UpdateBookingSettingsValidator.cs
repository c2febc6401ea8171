using FluentValidation;

namespace Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;

internal sealed class UpdateBookingSettingsValidator : AbstractValidator<UpdateBookingSettings>
{
    private static readonly int[] SlotIntervals = [5, 10, 15, 20, 30, 60];

    public UpdateBookingSettingsValidator()
    {
        RuleFor(s => s.SlotIntervalMinutes).Must(SlotIntervals.Contains).WithMessage("Choose 5, 10, 15, 20, 30 or 60 minutes.");
        RuleFor(s => s.MinimumNoticeMinutes).InclusiveBetween(0, 7 * 24 * 60);
        RuleFor(s => s.HorizonDays).InclusiveBetween(1, 730);
        RuleFor(s => s.ProviderChoice).IsInEnum();
        RuleFor(s => s.HoldMinutes).InclusiveBetween(2, 30);
        RuleFor(s => s.EarlyStartMinutes).InclusiveBetween(0, 24 * 60);
    }
}
