using Clinic.Forms.Contracts;
using Clinic.Notifications.Domain.Calendar;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Account;
using Clinic.Notifications.Templates.Appointments;

namespace Clinic.UnitTests.Notifications;

/// <summary>Every SMS must fit one GSM segment for the demo clinic's longest names, in both languages.</summary>
public sealed class SmsTemplateTests
{
    private static readonly ClinicBranding Clinic = new("Clínica Lumina", null, null, null, "https://citas.clinicalumina.es", "Europe/Madrid", "es");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in new[] { "confirmation", "rescheduled", "cancellation", "reminder", "reminder-with-forms", "code" })
        {
            data.Add(template, "es");
            data.Add(template, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Given_the_longest_demo_location_When_an_sms_is_rendered_Then_it_is_one_gsm_segment(string template, string languageCode)
    {
        var language = Languages.Resolve(languageCode, "es");
        var message = new AppointmentMessage(LasPalmasVisit, "María del Carmen Rodríguez", language, Clinic, new CalendarLinks("g", "o", "d"));

        var text = template switch
        {
            "confirmation" => AppointmentConfirmationTemplate.Sms(message),
            "rescheduled" => AppointmentRescheduledTemplate.Sms(message),
            "cancellation" => AppointmentCancellationTemplate.Sms(message),
            "reminder" => AppointmentReminderTemplate.Sms(message),
            "reminder-with-forms" => AppointmentReminderTemplate.Sms(message, new AppointmentFormsStatus(Guid.NewGuid(), 12, 1, [.. Enumerable.Repeat("Consentimiento informado", 11)])),
            _ => PhoneVerificationCodeTemplate.Sms(language, Clinic, "123456", TimeSpan.FromMinutes(10)),
        };

        text.ShouldAllBe(c => GsmText.IsGsm(c), text);
        text.Length.ShouldBeLessThanOrEqualTo(GsmText.SingleSegmentLength, text);
        GsmText.Segments(text).ShouldBe(1);
    }

    [Fact]
    public void Given_forms_still_pending_When_the_reminder_sms_is_rendered_Then_it_asks_to_complete_them_in_the_portal()
    {
        var message = new AppointmentMessage(LasPalmasVisit, "Ana", Language.Es, Clinic, new CalendarLinks("g", "o", "d"));

        AppointmentReminderTemplate.Sms(message, new AppointmentFormsStatus(Guid.NewGuid(), 3, 2, ["Consentimiento"]))
            .ShouldEndWith("Completa antes 1 formulario en tu portal");
        AppointmentReminderTemplate.Sms(message with { Language = Language.En }, new AppointmentFormsStatus(Guid.NewGuid(), 3, 1, ["A", "B"]))
            .ShouldEndWith("Please complete 2 forms in your portal first");
        AppointmentReminderTemplate.Sms(message, new AppointmentFormsStatus(Guid.NewGuid(), 3, 3, [])).ShouldContain("Si no puedes venir, llama al");
    }

    [Fact]
    public void Given_an_appointment_in_the_canaries_When_the_sms_is_rendered_Then_the_time_is_local_and_the_zone_is_named()
    {
        var message = new AppointmentMessage(LasPalmasVisit, "Ana", Language.Es, Clinic, new CalendarLinks("g", "o", "d"));

        AppointmentConfirmationTemplate.Sms(message).ShouldContain("el vie 15/03 a las 09:30 (hora de Canarias)");
        (message with { Language = Language.En }).SmsWhen.ShouldBe("Fri 15 Mar at 09:30 (Canary Islands time)");
    }

    private static AppointmentVisit LasPalmasVisit => new(
        Guid.NewGuid(), Guid.NewGuid(), "Microneedling con plasma rico en plaquetas", "Dra. Lucía Fernández",
        "Lumina Las Palmas · Triana", "Calle Mayor de Triana 82, 35002 Las Palmas de Gran Canaria", "+34 928 123 456",
        "Atlantic/Canary", new DateTimeOffset(2030, 3, 15, 9, 30, 0, TimeSpan.Zero), new DateTimeOffset(2030, 3, 15, 10, 30, 0, TimeSpan.Zero));
}
