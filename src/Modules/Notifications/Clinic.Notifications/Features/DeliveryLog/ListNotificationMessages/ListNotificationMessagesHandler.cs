using Clinic.BuildingBlocks.Phones;
using Clinic.Notifications.Adapters.Sms;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Features.DeliveryLog.ListNotificationMessages;

internal sealed class ListNotificationMessagesHandler(NotificationsDbContext db, DeliveryChannels channels, PhoneNumberNormalizer phones)
    : IRequestHandler<ListNotificationMessages, NotificationMessagePage>
{
    public async ValueTask<NotificationMessagePage> Handle(ListNotificationMessages query, CancellationToken cancellationToken)
    {
        var messages = db.Messages.AsNoTracking();
        if (query.PatientId is { } patientId)
        {
            messages = messages.Where(m => m.PatientId == patientId);
        }

        if (query.Channel is { } channel)
        {
            messages = messages.Where(m => m.Channel == channel);
        }

        if (query.Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        if (query.Type is { } type)
        {
            messages = messages.Where(m => m.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Recipient))
        {
            // Staff type a phone the way people write it (messages store E.164) and an email in any letter case.
            var recipient = query.Recipient.Trim();
            if (recipient.Contains('@', StringComparison.Ordinal))
            {
                var email = recipient.ToLowerInvariant();
                messages = messages.Where(m => m.Recipient.ToLower() == email);
            }
            else
            {
                var phone = phones.TryNormalize(recipient, out var e164, out _) ? e164 : recipient;
                messages = messages.Where(m => m.Recipient == phone);
            }
        }

        if (query.From is { } from)
        {
            messages = messages.Where(m => m.CreatedAt >= from);
        }

        if (query.To is { } to)
        {
            messages = messages.Where(m => m.CreatedAt <= to);
        }

        var total = await messages.CountAsync(cancellationToken);
        var page = await messages.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return new NotificationMessagePage(page.Select(m => NotificationMessageSummary.From(m, channels)).ToList(), total);
    }
}
