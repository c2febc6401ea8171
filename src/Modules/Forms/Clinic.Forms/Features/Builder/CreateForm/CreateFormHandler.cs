using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Persistence;
using Mediator;

namespace Clinic.Forms.Features.Builder.CreateForm;

internal sealed class CreateFormHandler(FormsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateForm, FormDetails>
{
    public async ValueTask<FormDetails> Handle(CreateForm command, CancellationToken cancellationToken)
    {
        var form = Form.Create(command.Kind, command.Content, command.ReuseAnswersForDays, clock.GetUtcNow(), user.DisplayName);
        db.Forms.Add(form);
        await db.SaveChangesAsync(cancellationToken);
        return await FormDetails.LoadAsync(db, form, cancellationToken);
    }
}
