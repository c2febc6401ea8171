using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Documents.VerifyPatientSignedConsent;

internal static class VerifyPatientSignedConsentEndpoint
{
    public static void Map(IEndpointRouteBuilder patient) => patient
        .MapGet("/documents/submissions/{submissionId:guid}/verification", async (Guid patientId, Guid submissionId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new VerifyPatientSignedConsent(patientId, submissionId), cancellationToken)))
        .WithName("VerifyPatientSignedConsent")
        .WithSummary("Whether the stored signed PDF and consent text still match their fingerprints.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
