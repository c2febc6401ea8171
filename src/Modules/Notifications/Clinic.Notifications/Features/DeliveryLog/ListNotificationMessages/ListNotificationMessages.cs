using Clinic.Notifications.Domain.Messages;
using Mediator;

namespace Clinic.Notifications.Features.DeliveryLog.ListNotificationMessages;

/// <summary>The delivery log, newest first, filtered by any combination of patient, channel, status, type, recipient and date.</summary>
public sealed record ListNotificationMessages(
    Guid? PatientId,
    MessageChannel? Channel,
    MessageStatus? Status,
    NotificationType? Type,
    string? Recipient,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Skip,
    int Take) : IRequest<NotificationMessagePage>;

/// <summary>One page of the delivery log.</summary>
/// <param name="Items">The messages on this page, newest first.</param>
/// <param name="Total">How many messages match the filters in all.</param>
public sealed record NotificationMessagePage(IReadOnlyList<NotificationMessageSummary> Items, int Total);
