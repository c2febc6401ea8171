using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.DownloadMySignedConsent;

internal static class DownloadMySignedConsentEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/forms/submissions/{submissionId:guid}/pdf", async (Guid submissionId, ISender sender, CancellationToken cancellationToken) =>
        {
            var pdf = await sender.Send(new DownloadMySignedConsent(submissionId), cancellationToken);
            return TypedResults.File(pdf.Content, SignedPdf.MediaType, pdf.FileName);
        })
        .WithName("DownloadMySignedConsent")
        .WithSummary("The patient's signed consent as a PDF.")
        .Produces<byte[]>(StatusCodes.Status200OK, SignedPdf.MediaType)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
