using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>Appointment snapshots shaped like the ones Scheduling will publish, for the demo clinic's Madrid site.</summary>
internal static class AppointmentEvents
{
    public const string PatientEmail = "lucia.moreno@example.com";
    public const string PatientPhone = "612 345 678";
    public const string PatientPhoneE164 = "+34612345678";

    public static AppointmentSnapshot Snapshot(
        DateTimeOffset startsAt,
        string language = "es",
        Guid? appointmentId = null,
        Guid? patientId = null,
        string? email = PatientEmail,
        string? phone = PatientPhone,
        string timeZone = "Europe/Madrid",
        int minutes = 45) => new(
        appointmentId ?? Guid.NewGuid(),
        patientId ?? Guid.NewGuid(),
        new PatientContact("Lucía Moreno Ruiz", email, phone, language),
        Guid.NewGuid(),
        "Lumina Madrid · Salamanca",
        "Calle de Serrano 45, 28001 Madrid",
        "+34 910 123 456",
        timeZone,
        Guid.NewGuid(),
        "Marta Sánchez",
        [new AppointmentServiceLine(Guid.NewGuid(), "Hydrafacial", minutes, 12000, "EUR")],
        startsAt,
        startsAt.AddMinutes(minutes),
        Clinic.BuildingBlocks.Security.SecretToken.New());

    public static AppointmentSnapshot MovedTo(this AppointmentSnapshot snapshot, DateTimeOffset startsAt) =>
        snapshot with { StartsAt = startsAt, EndsAt = startsAt + (snapshot.EndsAt - snapshot.StartsAt) };
}
