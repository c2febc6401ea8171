using Mediator;

namespace Clinic.Notifications.Features.Reminders.UpdateReminderSettings;

/// <summary>Replaces the clinic's reminders. Applies to appointments booked or rescheduled from now on.</summary>
/// <param name="Reminders">Up to 5 reminders with distinct lead times; empty switches reminders off.</param>
public sealed record UpdateReminderSettings(IReadOnlyList<ReminderLeadTime> Reminders) : IRequest<ReminderSettings>;
