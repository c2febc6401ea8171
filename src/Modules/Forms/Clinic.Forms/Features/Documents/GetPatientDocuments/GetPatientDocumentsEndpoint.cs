using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Documents.GetPatientDocuments;

internal static class GetPatientDocumentsEndpoint
{
    public static void Map(IEndpointRouteBuilder patient) => patient
        .MapGet("/documents", async (Guid patientId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPatientDocuments(patientId), cancellationToken)))
        .WithName("GetPatientDocuments")
        .WithSummary("A patient's forms per visit: questionnaires, consents, instructions and their status (never answers).");
}
