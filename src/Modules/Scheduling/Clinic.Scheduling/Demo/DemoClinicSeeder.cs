using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Schedules;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Scheduling.Demo;

/// <summary>
/// A believable Spanish aesthetic clinic with two sites in different time zones (Madrid and Las
/// Palmas, an hour apart), so a newcomer sees the product working and time-zone handling shows.
/// Seeds only an empty catalog, so it never touches a clinic's own data.
/// </summary>
internal sealed class DemoClinicSeeder(
    SchedulingDbContext db, IOptions<ClinicProfileOptions> clinic, TimeProvider clock, ILogger<DemoClinicSeeder> logger) : IDemoDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Locations.AnyAsync(cancellationToken) || await db.ServiceCategories.AnyAsync(cancellationToken))
        {
            return;
        }

        var currency = clinic.Value.Currency;
        var madrid = Location.Create("Lumina Madrid · Salamanca", "Calle de Serrano 45, 28001 Madrid", "+34 910 123 456", "Europe/Madrid");
        var lasPalmas = Location.Create("Lumina Las Palmas · Triana", "Calle Mayor de Triana 82, 35002 Las Palmas de Gran Canaria", "+34 928 123 456", "Atlantic/Canary");
        db.Locations.AddRange(madrid, lasPalmas);

        var facial = ServiceCategory.Create("Tratamientos faciales", "Limpiezas, peelings y tratamientos para una piel luminosa.", 10);
        var medical = ServiceCategory.Create("Medicina estética", "Tratamientos médicos realizados por nuestros médicos estéticos.", 20);
        var laser = ServiceCategory.Create("Láser y depilación", "Depilación láser de diodo para todo tipo de piel.", 30);
        var body = ServiceCategory.Create("Corporal y bienestar", "Tratamientos corporales y de drenaje.", 40);
        db.ServiceCategories.AddRange(facial, medical, laser, body);

        Service Add(ServiceCategory category, string name, string description, int minutes, int buffer, long price, long? deposit = null)
        {
            var service = Service.Create(new ServiceDetails(category.Id, name, description, minutes, buffer, new Money(price, currency), deposit, true));
            db.Services.Add(service);
            return service;
        }

        var cleansing = Add(facial, "Limpieza facial profunda", "Limpieza con extracción, exfoliación y mascarilla adaptada a tu piel.", 60, 10, 6500);
        var hydrafacial = Add(facial, "Hydrafacial", "Limpieza, exfoliación e hidratación intensiva en un solo tratamiento.", 45, 10, 12000);
        var peel = Add(facial, "Peeling químico", "Renovación de la piel para manchas, textura y marcas de acné.", 30, 10, 9000, 2500);
        var microneedling = Add(facial, "Microneedling con plasma rico en plaquetas", "Estimula el colágeno y mejora cicatrices y poros.", 60, 15, 18000, 5000);
        var consultation = Add(medical, "Consulta de valoración", "Primera visita con el médico para estudiar tu caso y proponer un plan.", 30, 0, 0);
        var botox = Add(medical, "Toxina botulínica (3 zonas)", "Frente, entrecejo y patas de gallo. Incluye revisión a los 15 días.", 30, 10, 29000, 5000);
        var lips = Add(medical, "Ácido hialurónico en labios", "Hidratación y volumen natural con 1 ml de ácido hialurónico.", 45, 15, 32000, 8000);
        var mesotherapy = Add(medical, "Mesoterapia facial", "Vitaminas y ácido hialurónico para revitalizar la piel.", 45, 10, 15000);
        var legs = Add(laser, "Depilación láser piernas completas", "Sesión de láser de diodo en piernas completas.", 60, 10, 12900);
        var underarms = Add(laser, "Depilación láser axilas", "Sesión rápida de láser de diodo en axilas.", 15, 5, 3900);
        var pressotherapy = Add(body, "Presoterapia", "Drenaje linfático con botas de presión para piernas cansadas.", 45, 5, 4500);
        var radiofrequency = Add(body, "Radiofrecuencia corporal", "Reafirma y mejora la textura de la piel en abdomen o muslos.", 50, 10, 8500);

        Provider Staff(string name, string title, string bio, Service[] services, Location[] locations)
        {
            var provider = Provider.Create(new ProviderDetails(name, title, bio, null,
                services.Select(s => s.Id).ToList(), locations.Select(l => l.Id).ToList()));
            db.Providers.Add(provider);
            return provider;
        }

        var lucia = Staff("Dra. Lucía Fernández", "Médica estética", "Más de 12 años de experiencia en medicina estética facial.",
            [consultation, botox, lips, mesotherapy, microneedling, peel], [madrid, lasPalmas]);
        var javier = Staff("Dr. Javier Ortega", "Médico estético", "Especialista en rejuvenecimiento facial y armonización.",
            [consultation, botox, lips, mesotherapy], [lasPalmas]);
        var marta = Staff("Marta Sánchez", "Esteticista titulada", "Experta en tratamientos faciales y cuidado de la piel.",
            [cleansing, hydrafacial, peel, pressotherapy, radiofrequency], [madrid]);
        var carmen = Staff("Carmen Ruiz", "Técnica en láser", "Técnica certificada en láser de diodo y aparatología corporal.",
            [legs, underarms, pressotherapy, radiofrequency, cleansing], [madrid, lasPalmas]);

        void Hours(Provider provider, Location location, DayOfWeek[] days, params (string Start, string End)[] intervals)
        {
            foreach (var day in days)
            {
                foreach (var (start, end) in intervals)
                {
                    LocalInterval.TryParseTime(start, out var from);
                    LocalInterval.TryParseTime(end, out var to);
                    db.WeeklyHours.Add(WeeklyHours.Create(provider.Id, location.Id, day, new LocalInterval(from, to)));
                }
            }
        }

        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        Hours(lucia, madrid, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], ("09:00", "14:00"), ("16:00", "20:00"));
        Hours(lucia, lasPalmas, [DayOfWeek.Tuesday, DayOfWeek.Thursday], ("09:00", "14:00"), ("15:00", "19:00"));
        Hours(javier, lasPalmas, weekdays, ("10:00", "14:00"), ("16:00", "20:00"));
        Hours(javier, lasPalmas, [DayOfWeek.Saturday], ("10:00", "14:00"));
        Hours(marta, madrid, weekdays, ("10:00", "14:00"), ("15:00", "19:00"));
        Hours(marta, madrid, [DayOfWeek.Saturday], ("10:00", "14:00"));
        Hours(carmen, madrid, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday], ("09:00", "15:00"));
        Hours(carmen, lasPalmas, [DayOfWeek.Thursday, DayOfWeek.Friday], ("12:00", "20:00"));
        Hours(carmen, lasPalmas, [DayOfWeek.Saturday], ("10:00", "14:00"));

        // Spanish public holidays ahead of today, so the demo calendar shows closures where a clinic would have them.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var (month, day, name) in new[] { (12, 25, "Navidad"), (1, 1, "Año Nuevo"), (1, 6, "Epifanía del Señor") })
        {
            var holiday = new DateOnly(today.Year, month, day);
            holiday = holiday < today ? holiday.AddYears(1) : holiday;
            foreach (var location in new[] { madrid, lasPalmas })
            {
                db.ScheduleExceptions.Add(ScheduleException.Create(ScheduleExceptionKind.LocationClosed, null, location.Id, holiday, LocalInterval.WholeDay, name));
            }
        }

        db.ScheduleExceptions.Add(ScheduleException.Create(
            ScheduleExceptionKind.TimeOff, marta.Id, null, today.AddDays(9), new LocalInterval(10 * 60, 14 * 60), "Formación en peelings"));

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo clinic: 2 locations, 4 categories, 12 services, 4 providers with their weekly hours and holidays");
    }
}
