using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Patients.DismissPossibleDuplicate;

internal sealed class DismissPossibleDuplicateHandler(IdentityDbContext db) : IRequestHandler<DismissPossibleDuplicate>
{
    public async ValueTask<Unit> Handle(DismissPossibleDuplicate command, CancellationToken cancellationToken)
    {
        var duplicate = await db.PossibleDuplicates.SingleOrDefaultAsync(d => d.Id == command.DuplicateId, cancellationToken)
                        ?? throw new NotFoundException("Possible duplicate", command.DuplicateId);
        db.PossibleDuplicates.Remove(duplicate);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
