using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Documents.UpdatePatientMedicalHistory;

internal static class UpdatePatientMedicalHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder patient) => patient
        .MapPut("/medical-history", async (Guid patientId, UpdatePatientMedicalHistory command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { PatientId = patientId }, cancellationToken)))
        .WithName("UpdatePatientMedicalHistory")
        .WithSummary("Records a new version of the patient's medical history (Providers and Admins).")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict);
}
