using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Notifications.Features.Reminders.GetReminderSettings;

internal static class GetReminderSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder settings) => settings
        .MapGet("/reminders", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetReminderSettings(), cancellationToken)))
        .WithName("GetReminderSettings")
        .WithSummary("The reminders sent before every appointment: how many hours before, by email and/or SMS.");
}
