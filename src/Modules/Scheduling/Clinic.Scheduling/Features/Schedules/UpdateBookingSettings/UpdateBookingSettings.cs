using Clinic.Scheduling.Domain.Schedules;
using Mediator;

namespace Clinic.Scheduling.Features.Schedules.UpdateBookingSettings;

public sealed record UpdateBookingSettings(int SlotIntervalMinutes, int MinimumNoticeMinutes, int HorizonDays, ProviderChoiceMode ProviderChoice, int HoldMinutes = 10, int EarlyStartMinutes = 30)
    : IRequest<BookingSettingsResponse>;
