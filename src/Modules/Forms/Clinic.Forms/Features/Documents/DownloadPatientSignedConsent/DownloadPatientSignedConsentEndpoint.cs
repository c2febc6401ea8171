using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Documents.DownloadPatientSignedConsent;

internal static class DownloadPatientSignedConsentEndpoint
{
    public static void Map(IEndpointRouteBuilder patient) => patient
        .MapGet("/documents/submissions/{submissionId:guid}/pdf", async (Guid patientId, Guid submissionId, ISender sender, CancellationToken cancellationToken) =>
        {
            var pdf = await sender.Send(new DownloadPatientSignedConsent(patientId, submissionId), cancellationToken);
            return TypedResults.File(pdf.Content, SignedPdf.MediaType, pdf.FileName);
        })
        .WithName("DownloadPatientSignedConsent")
        .WithSummary("The signed consent's PDF. Every download is audited.")
        .Produces<byte[]>(StatusCodes.Status200OK, SignedPdf.MediaType)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
