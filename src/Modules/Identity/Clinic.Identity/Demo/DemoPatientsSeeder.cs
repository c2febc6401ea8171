using Clinic.BuildingBlocks.Persistence;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Clinic.Identity.Demo;

/// <summary>
/// A few patients of the demo clinic who never logged in (so "Activate now" has someone to invite)
/// and one likely duplicate (so the merge has something to do). No accounts, hence no passwords.
/// Seeds only an empty patient list.
/// </summary>
internal sealed class DemoPatientsSeeder(IdentityDbContext db, PatientDirectory patients, ILogger<DemoPatientsSeeder> logger) : IDemoDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Patients.AnyAsync(cancellationToken))
        {
            return;
        }

        async Task Add(string first, string last, string? email, string? phone, DateOnly? birthDate, string language, PatientSource source)
        {
            await patients.CreateAsync(new PatientDetails(first, last, phone, birthDate, null, language, false), email, source, cancellationToken);
            // Saved one by one so each new profile is compared with the ones before it.
            await db.SaveChangesAsync(cancellationToken);
        }

        await Add("Ana", "Torres", "ana.torres@example.com", "+34600100200", new DateOnly(1988, 4, 12), "es", PatientSource.Booking);
        await Add("Javier", "Molina", "javier.molina@example.com", "+34611222333", new DateOnly(1979, 11, 3), "en", PatientSource.Booking);
        await Add("Carmen", "Díaz", null, "+34622333444", new DateOnly(1965, 2, 21), "es", PatientSource.Staff);
        await Add("Laura", "Gómez", "laura.gomez@example.com", null, null, "es", PatientSource.Booking);
        await Add("Ana", "Torres Ruiz", "ana.trabajo@example.com", "+34600100200", null, "es", PatientSource.Booking);
        logger.LogInformation("Seeded the demo patients: 5 profiles, one likely duplicate");
    }
}
