using Mediator;

namespace Clinic.Scheduling.Features.Schedules.GetBookingSettings;

public sealed record GetBookingSettings : IRequest<BookingSettingsResponse>;
