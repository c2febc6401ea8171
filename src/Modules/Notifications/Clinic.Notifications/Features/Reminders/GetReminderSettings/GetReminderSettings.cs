using Mediator;

namespace Clinic.Notifications.Features.Reminders.GetReminderSettings;

/// <summary>The clinic's reminder lead times.</summary>
public sealed record GetReminderSettings : IRequest<ReminderSettings>;
