using Clinic.BuildingBlocks.Persistence;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Persistence;
using Clinic.Scheduling.Contracts.Catalog;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Clinic.Forms.Demo;

/// <summary>
/// The demo clinic's forms (<see cref="DemoForms"/>), published and assigned to the demo services Scheduling seeded
/// just before. Seeds only while the clinic has no forms at all, so it never touches a clinic's own.
/// </summary>
internal sealed class DemoFormsSeeder(FormsDbContext db, ISender sender, TimeProvider clock, ILogger<DemoFormsSeeder> logger) : IDemoDataSeeder
{
    private const string Author = "Clínica Lumina (demo)";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Forms.AnyAsync(cancellationToken))
        {
            return;
        }

        var services = (await sender.Send(new ListCatalogServices(), cancellationToken)).ToDictionary(s => s.Name, s => s.ServiceId, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var demo in DemoForms.All)
        {
            var form = Form.Create(demo.Kind, demo.Content, demo.ReuseAnswersForDays, now, Author);
            db.Forms.Add(form);
            db.FormVersions.Add(form.Publish(now, Author));
            form.AssignTo(demo.Services.Where(services.ContainsKey).Select(name => services[name]).ToList(), now, Author);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo clinic's forms: {Count} published and assigned to its services", DemoForms.All.Count);
    }
}
