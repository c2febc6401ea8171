using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Documents.GetPatientMedicalHistory;

internal static class GetPatientMedicalHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder patient) => patient
        .MapGet("/medical-history", async (Guid patientId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPatientMedicalHistory(patientId), cancellationToken)))
        .WithName("GetPatientMedicalHistory")
        .WithSummary("A patient's medical history and every change to it. Every read is audited.");
}
