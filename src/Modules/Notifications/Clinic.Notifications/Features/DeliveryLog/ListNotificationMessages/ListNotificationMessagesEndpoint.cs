using Clinic.Notifications.Domain.Messages;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Notifications.Features.DeliveryLog.ListNotificationMessages;

internal static class ListNotificationMessagesEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) => staff
        .MapGet("/messages", async (
            ISender sender,
            CancellationToken cancellationToken,
            Guid? patientId = null,
            MessageChannel? channel = null,
            MessageStatus? status = null,
            NotificationType? type = null,
            string? recipient = null,
            DateTimeOffset? from = null,
            DateTimeOffset? to = null,
            int skip = 0,
            int take = 50) =>
            TypedResults.Ok(await sender.Send(new ListNotificationMessages(patientId, channel, status, type, recipient, from, to, skip, take), cancellationToken)))
        .WithName("ListNotificationMessages")
        .WithSummary("The delivery log: every email and SMS with its status, newest first. 'from'/'to' filter on when a message was queued.")
        .ProducesValidationProblem();
}
