using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.Scheduling.Features.Schedules;

public sealed record BookingSettingsResponse(int SlotIntervalMinutes, int MinimumNoticeMinutes, int HorizonDays, ProviderChoiceMode ProviderChoice, int HoldMinutes, int EarlyStartMinutes)
{
    internal static BookingSettingsResponse From(BookingSettings settings) =>
        new(settings.SlotIntervalMinutes, settings.MinimumNoticeMinutes, settings.HorizonDays, settings.ProviderChoice, settings.HoldMinutes, settings.EarlyStartMinutes);
}
