using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.SetServiceForms;

internal sealed class SetServiceFormsHandler(FormsDbContext db, FormRequestPlanner planner, ISender sender, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SetServiceForms, IReadOnlyList<FormSummary>>
{
    public async ValueTask<IReadOnlyList<FormSummary>> Handle(SetServiceForms command, CancellationToken cancellationToken)
    {
        await ServiceCatalog.EnsureServiceExistsAsync(sender, command.ServiceId, cancellationToken);
        var wanted = command.FormIds.ToHashSet();
        var forms = await db.Forms.Include(f => f.Services)
            .Where(f => wanted.Contains(f.Id) || f.Services.Any(s => s.ServiceId == command.ServiceId)).ToListAsync(cancellationToken);
        var unknown = wanted.Where(id => forms.All(f => f.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("formIds", $"No form has the id(s) {string.Join(", ", unknown)}.")]);
        }

        var now = clock.GetUtcNow();
        foreach (var form in forms)
        {
            var services = form.Services.Select(s => s.ServiceId).Where(id => id != command.ServiceId).ToList();
            if (wanted.Contains(form.Id))
            {
                services.Add(command.ServiceId);
            }

            form.AssignTo(services, now, user.DisplayName);
        }

        await db.SaveChangesAsync(cancellationToken);
        await planner.ReplanAsync([command.ServiceId], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return forms.Where(f => wanted.Contains(f.Id)).OrderBy(f => f.Kind).ThenBy(f => f.Draft.Title.Es, StringComparer.CurrentCulture)
            .Select(FormSummary.From).ToList();
    }
}
