using Clinic.Forms.Domain.Forms;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.ListForms;

internal static class ListFormsEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapGet("/", async (FormKind? kind, FormStatus? status, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListForms(kind, status), cancellationToken)))
        .WithName("ListForms")
        .WithSummary("The clinic's questionnaires, consents and instructions.");
}
