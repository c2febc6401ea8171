using System.Text;
using Clinic.Notifications.Calendar;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Notifications.Features.Calendar.DownloadAppointmentCalendar;

internal static class DownloadAppointmentCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder calendar) => calendar
        .MapGet("/{token}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string token, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
        {
            // The link is a credential: keep it and its answer out of shared caches.
            http.Response.Headers.CacheControl = "no-store";
            var download = await sender.Send(new DownloadAppointmentCalendar(token), cancellationToken);
            if (download is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "This calendar link is not valid.");
            }

            return TypedResults.File(Encoding.UTF8.GetBytes(download.Content), $"{IcsFile.MediaType}; charset=utf-8", download.FileName);
        })
        .WithName("DownloadAppointmentCalendar")
        .WithSummary("The appointment's calendar file (.ics) for the unguessable link in the patient's emails; no login needed.")
        .Produces<Stream>(StatusCodes.Status200OK, IcsFile.MediaType)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
