using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Documents.GetPatientAuditLog;

internal static class GetPatientAuditLogEndpoint
{
    public static void Map(IEndpointRouteBuilder patient) => patient
        .MapGet("/audit", async (Guid patientId, DateTimeOffset? before, int? limit, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPatientAuditLog(patientId, before, limit ?? 100), cancellationToken)))
        .WithName("GetPatientAuditLog")
        .WithSummary("Who read or changed the patient's clinical data (Admins only). Entries cannot be edited or deleted.")
        .ProducesValidationProblem();
}
