using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Notifications.Features.Reminders.UpdateReminderSettings;

internal static class UpdateReminderSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder settings) => settings
        .MapPut("/reminders", async (UpdateReminderSettings command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("UpdateReminderSettings")
        .WithSummary("Replaces the reminders sent before appointments; they apply to bookings and reschedules from now on.")
        .ProducesValidationProblem();
}
