using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.GetMySubmission;

internal static class GetMySubmissionEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/forms/submissions/{submissionId:guid}", async (Guid submissionId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetMySubmission(submissionId), cancellationToken)))
        .WithName("GetMySubmission")
        .WithSummary("Answers the patient gave or a consent they signed.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
