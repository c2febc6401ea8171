using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.CreateForm;

internal static class CreateFormEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapPost("/", async (CreateForm command, ISender sender, CancellationToken cancellationToken) =>
        {
            var form = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/forms/{form.Id}", form);
        })
        .WithName("CreateForm")
        .WithSummary("Creates a questionnaire, consent or instructions as a draft.")
        .ProducesValidationProblem();
}
