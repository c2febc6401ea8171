using Clinic.Identity.Contracts;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Domain.Messages;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>Identity's events become the verification, welcome and password-reset emails, each with its link, in the patient's language.</summary>
public sealed class AccountMessageTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 7, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ClinicApiFactory factory = NotificationsHost.DrivenByHand(Now);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_new_registration_When_verification_is_requested_Then_a_spanish_email_carries_the_link_and_its_expiry_in_clinic_time()
    {
        var patientId = Guid.NewGuid();
        await factory.PublishAsync(new EmailVerificationRequested(patientId, "lucia.moreno@example.com", "Lucía Moreno", "es",
            "http://localhost:5080/verify?token=abc123", Now.AddHours(24)) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();

        var email = MailFolder.Read(factory).ShouldHaveSingleItem();
        email.Subject.ShouldBe("Confirma tu correo electrónico");
        email.TextBody.ShouldNotBeNull().ShouldContain("Hola, Lucía:");
        email.TextBody.ShouldContain("http://localhost:5080/verify?token=abc123");
        email.TextBody.ShouldContain("El enlace caduca el martes, 2 de julio de 2030, 10:00 (hora de Madrid, GMT+2).");
        email.HtmlBody.ShouldNotBeNull().ShouldContain("href=\"http://localhost:5080/verify?token=abc123\"");
        var logged = await factory.MessageAsync(NotificationType.EmailVerification, MessageChannel.Email);
        logged.PatientId.ShouldBe(patientId);
        logged.ContainsSecret.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_first_booking_When_activation_is_requested_Then_an_english_welcome_email_invites_the_patient_to_choose_a_password()
    {
        await factory.PublishAsync(new PatientActivationRequested(Guid.NewGuid(), "sam.taylor@example.com", "Sam Taylor", "en",
            "http://localhost:5080/activate?token=xyz", Now.AddDays(7)) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();

        var email = MailFolder.Read(factory).ShouldHaveSingleItem();
        email.Subject.ShouldBe("Welcome to Clínica Lumina");
        email.TextBody.ShouldNotBeNull().ShouldContain("Hello Sam,");
        email.TextBody.ShouldContain("Activate my account:\nhttp://localhost:5080/activate?token=xyz");
        email.TextBody.ShouldContain("The link expires on Monday, 8 July 2030, 10:00 (Madrid time, GMT+2).");
    }

    [Fact]
    public async Task Given_a_password_reset_When_requested_Then_the_email_has_the_link_and_says_what_to_do_if_it_was_not_you()
    {
        await factory.PublishAsync(new PasswordResetRequested("lucia.moreno@example.com", "Lucía Moreno", "fr",
            "http://localhost:5080/reset?token=r3s3t", Now.AddHours(1)) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();

        var email = MailFolder.Read(factory).ShouldHaveSingleItem();
        email.Subject.ShouldBe("Restablece tu contraseña", "a language we do not write falls back to the clinic default");
        email.TextBody.ShouldNotBeNull().ShouldContain("http://localhost:5080/reset?token=r3s3t");
        email.TextBody.ShouldContain("Si no lo has pedido tú, ignora este correo");
        (await factory.MessageAsync(NotificationType.PasswordReset, MessageChannel.Email)).PatientId.ShouldBeNull();
    }

    [Fact]
    public async Task Given_a_merged_duplicate_profile_When_handled_Then_its_messages_belong_to_the_surviving_patient()
    {
        var merged = Guid.NewGuid();
        var surviving = Guid.NewGuid();
        await factory.PublishAsync(new Clinic.Scheduling.Contracts.Appointments.AppointmentBooked(
            AppointmentEvents.Snapshot(Now.AddDays(3), patientId: merged), true, false) { OccurredAt = Now });

        await factory.PublishAsync(new PatientsMerged(surviving, merged) { OccurredAt = Now });

        (await factory.MessagesAsync()).ShouldAllBe(m => m.PatientId == surviving);
    }
}
