using Mediator;

namespace Clinic.Notifications.Features.DeliveryLog.RetryNotificationMessage;

/// <summary>Gives a dead message a fresh set of attempts, starting now.</summary>
public sealed record RetryNotificationMessage(Guid Id) : IRequest<NotificationMessageSummary>;
