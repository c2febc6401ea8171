using Clinic.BuildingBlocks.Errors;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Features.DeliveryLog.GetNotificationMessage;

internal sealed class GetNotificationMessageHandler(NotificationsDbContext db, DeliveryChannels channels)
    : IRequestHandler<GetNotificationMessage, NotificationMessageDetails>
{
    public async ValueTask<NotificationMessageDetails> Handle(GetNotificationMessage query, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == query.Id, cancellationToken)
                      ?? throw new NotFoundException("Message", query.Id);
        var content = VisibleContent.Of(message, channels);
        return new NotificationMessageDetails(
            NotificationMessageSummary.From(message, channels), content.Text, content.Html, message.CalendarFile, message.ProviderMessageId, content.Redacted);
    }
}
