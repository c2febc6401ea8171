using Clinic.BuildingBlocks.Errors;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Features.DeliveryLog.RetryNotificationMessage;

internal sealed class RetryNotificationMessageHandler(NotificationsDbContext db, DeliveryChannels channels, TimeProvider clock)
    : IRequestHandler<RetryNotificationMessage, NotificationMessageSummary>
{
    public async ValueTask<NotificationMessageSummary> Handle(RetryNotificationMessage command, CancellationToken cancellationToken)
    {
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == command.Id, cancellationToken)
                      ?? throw new NotFoundException("Message", command.Id);
        if (message.Status != MessageStatus.Dead)
        {
            throw new ConflictException($"Only dead messages can be retried; this one is {message.Status}.");
        }

        var now = clock.GetUtcNow();
        if (message.HasExpired(now))
        {
            throw new BusinessRuleException(
                $"This message expired at {message.ExpiresAt:u}; sending it now would give the patient outdated information.");
        }

        message.Requeue(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The message changed while it was being retried; reload the delivery log.");
        }

        return NotificationMessageSummary.From(message, channels);
    }
}
