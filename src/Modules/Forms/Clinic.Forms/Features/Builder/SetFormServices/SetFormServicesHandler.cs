using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.SetFormServices;

internal sealed class SetFormServicesHandler(FormsDbContext db, FormRequestPlanner planner, ISender sender, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SetFormServices, FormDetails>
{
    public async ValueTask<FormDetails> Handle(SetFormServices command, CancellationToken cancellationToken)
    {
        var form = await db.Forms.Include(f => f.Services).SingleOrDefaultAsync(f => f.Id == command.FormId, cancellationToken)
            ?? throw new NotFoundException("Form", command.FormId);
        await ServiceCatalog.EnsureExistAsync(sender, command.ServiceIds, "serviceIds", cancellationToken);
        var changed = form.AssignTo(command.ServiceIds.ToList(), clock.GetUtcNow(), user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        await planner.ReplanAsync(changed, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await FormDetails.LoadAsync(db, form, cancellationToken);
    }
}
