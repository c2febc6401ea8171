using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Builder;
using Clinic.Forms.Features.Builder.CreateForm;
using Clinic.Forms.Features.Builder.SetFormServices;
using Clinic.Forms.Features.Portal.GetMyFormRequest;
using Clinic.Forms.Features.Portal.GetMyForms;
using Clinic.Forms.Persistence;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Persistence;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Booking;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Forms;

/// <summary>
/// The availability clinic (services A "Limpieza", B "Peeling", C "Láser") with forms built and assigned through the
/// admin API: a health questionnaire for A and B, a consent, pre- and post-treatment instructions for B, and
/// post-treatment instructions for C. Events travel when the test says so (<see cref="DeliverEventsAsync"/>).
/// </summary>
internal sealed class FormsScenario
{
    private FormsScenario(AvailabilityScenario clinic) => Clinic = clinic;

    public AvailabilityScenario Clinic { get; }

    public ClinicApiFactory Factory => Clinic.Factory;

    public HttpClient Admin => Clinic.Admin;

    public FormDetails Questionnaire { get; private set; } = null!;

    public FormDetails Consent { get; private set; } = null!;

    public FormDetails PeelPreparation { get; private set; } = null!;

    public FormDetails PeelAftercare { get; private set; } = null!;

    public FormDetails LaserAftercare { get; private set; } = null!;

    /// <summary>A weekday morning two or more days after the scenario's "now", so the visit is ahead whatever the date.</summary>
    public static DateTimeOffset VisitStart(int daysAhead = 3)
    {
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
        var day = TimeZoneInfo.ConvertTime(AvailabilityScenario.Now, madrid).Date.AddDays(daysAhead);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        var local = day.AddHours(10);
        return new DateTimeOffset(local, madrid.GetUtcOffset(local));
    }

    public static async Task<FormsScenario> CreateAsync(ClinicApiFactory factory)
    {
        var scenario = new FormsScenario(await AvailabilityScenario.CreateAsync(factory));
        var clinic = scenario.Clinic;
        scenario.Questionnaire = await scenario.PublishAsync(FormKind.Questionnaire, QuestionnaireContent(), [clinic.ServiceA, clinic.ServiceB]);
        scenario.Consent = await scenario.PublishAsync(FormKind.Consent, ConsentContent(), [clinic.ServiceB]);
        scenario.PeelPreparation = await scenario.PublishAsync(FormKind.PreTreatmentInstructions, Instructions("Antes del peeling", "Before the peel",
            ("Retinoides", "Retinoids", "Deja el retinol 5 días antes.", "Stop retinol 5 days before.")), [clinic.ServiceB]);
        scenario.PeelAftercare = await scenario.PublishAsync(FormKind.PostTreatmentInstructions, Instructions("Después del peeling", "After the peel",
            ("Sol", "Sun", "Usa SPF 50 cada día durante 4 semanas.", "Use SPF 50 every day for 4 weeks.")), [clinic.ServiceB]);
        scenario.LaserAftercare = await scenario.PublishAsync(FormKind.PostTreatmentInstructions, Instructions("Después del láser", "After the laser",
            ("Calor", "Heat", "Evita la sauna 48 horas.", "Avoid saunas for 48 hours.")), [clinic.ServiceC]);
        return scenario;
    }

    public async Task<FormDetails> PublishAsync(FormKind kind, FormContent content, Guid[] services, int? reuseDays = null)
    {
        var created = await (await Admin.PostAsJsonAsync("/api/admin/forms", new CreateForm(kind, content, reuseDays))).ShouldBeJsonAsync<FormDetails>(HttpStatusCode.Created);
        await (await Admin.PostAsync($"/api/admin/forms/{created.Id}/publish", null)).ShouldBeJsonAsync<FormDetails>();
        return await (await Admin.PutAsJsonAsync($"/api/admin/forms/{created.Id}/services", new SetFormServices(services))).ShouldBeJsonAsync<FormDetails>();
    }

    /// <summary>Books for a signed-in patient (Ana performs A and B back to back) and returns the appointment id.</summary>
    public async Task<Guid> BookAsync(HttpClient patient, DateTimeOffset start, params Guid[] services)
    {
        var flow = new BookingFlow(Clinic);
        var provider = services.Contains(Clinic.ServiceC) ? Clinic.Cris : Clinic.Ana;
        var hold = await flow.HoldAsync(patient, start, provider, services);
        var confirmation = await (await BookingFlow.ConfirmAsync(patient, BookingFlow.Booking(hold, null, null))).ShouldBeJsonAsync<BookingConfirmation>();
        await DeliverEventsAsync();
        return confirmation.Appointments.Single().AppointmentId;
    }

    public async Task StaffAsync(string action, Guid appointmentId)
    {
        (await Admin.PostAsync($"/api/admin/appointments/{appointmentId}/{action}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await DeliverEventsAsync();
    }

    /// <summary>Runs every module's outbox until nothing is due, as the dispatchers would.</summary>
    public async Task DeliverEventsAsync()
    {
        for (var round = 0; round < 5; round++)
        {
            var handled = await Factory.Services.GetRequiredService<OutboxProcessor<SchedulingDbContext>>().ProcessBatchAsync(CancellationToken.None)
                          + await Factory.Services.GetRequiredService<OutboxProcessor<IdentityDbContext>>().ProcessBatchAsync(CancellationToken.None)
                          + await Factory.Services.GetRequiredService<OutboxProcessor<FormsDbContext>>().ProcessBatchAsync(CancellationToken.None);
            if (handled == 0)
            {
                return;
            }
        }
    }

    public async Task<HttpClient> PatientAsync(string email, string firstName = "Lucía", string lastName = "Moreno") =>
        await new IdentityApi(Factory).RegisteredPatientAsync(email, firstName, lastName);

    /// <summary>After the fake clock jumps past the session's idle timeout, the patient signs in again.</summary>
    public static async Task SignInAgainAsync(HttpClient patient, string email) =>
        await (await IdentityApi.LogInAsync(patient, email)).ShouldBeJsonAsync<CurrentUserResponse>();

    public static async Task<Guid> PatientIdOfAsync(HttpClient patient) =>
        (await (await patient.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>()).PatientId!.Value;

    public static async Task<MyForms> MyFormsAsync(HttpClient patient) =>
        await (await patient.GetAsync("/api/portal/forms")).ShouldBeJsonAsync<MyForms>();

    public static async Task<MyFormRequest> OpenAsync(HttpClient patient, Guid requestId) =>
        await (await patient.GetAsync($"/api/portal/forms/requests/{requestId}")).ShouldBeJsonAsync<MyFormRequest>();

    public static FormRequestSummary RequestFor(MyForms forms, Guid formId) =>
        forms.ActionRequired.SelectMany(v => v.Requests).Single(r => r.FormId == formId);

    public async Task<T> QueryAsync<T>(Func<FormsDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FormsDbContext>());
    }

    /// <summary>Answers that satisfy <see cref="QuestionnaireContent"/>.</summary>
    public static List<FormAnswer> CompleteQuestionnaire() =>
    [
        new("allergies", YesNo: true, FollowUp: "Penicilina: urticaria"),
        new("skin-type", Choices: ["iii"]),
        new("conditions", Choices: ["cold-sores", "diabetes"]),
        new("last-treatment", Date: new DateOnly(2026, 6, 1)),
        new("weight", Number: 62.5m),
        new("notes", Text: "Piel sensible en las mejillas."),
    ];

    public static List<FormAnswer> AcknowledgeAll() => [new("ack-risks", Acknowledged: true), new("ack-history", Acknowledged: true), new("photos", YesNo: false)];

    public static FormContent QuestionnaireContent() => new(
        new LocalizedText("Cuestionario de salud", "Health questionnaire"),
        new LocalizedText("Tus respuestas son confidenciales.", "Your answers are confidential."),
        [
            new FormItem("general", FormItemType.Heading, new("Salud general", "General health")),
            new FormItem("allergies", FormItemType.YesNo, new("¿Tienes alguna alergia?", "Do you have any allergies?"), Required: true,
                FollowUp: new FollowUpQuestion(true, new("¿A qué?", "To what?"), Required: true)),
            new FormItem("skin-type", FormItemType.SingleChoice, new("Tipo de piel", "Skin type"), Required: true,
                Options: [new("ii", new("Me quemo con facilidad", "I burn easily")), new("iii", new("A veces me quemo", "I sometimes burn"))]),
            new FormItem("conditions", FormItemType.MultipleChoice, new("Condiciones", "Conditions"),
                Options: [new("diabetes", new("Diabetes", "Diabetes")), new("cold-sores", new("Herpes labial", "Cold sores"))]),
            new FormItem("last-treatment", FormItemType.Date, new("Último tratamiento", "Last treatment")),
            new FormItem("weight", FormItemType.Number, new("Peso (kg)", "Weight (kg)"), Min: 30, Max: 250),
            new FormItem("notes", FormItemType.LongText, new("¿Algo más?", "Anything else?")),
        ]);

    public static FormContent ConsentContent() => new(
        new LocalizedText("Consentimiento informado: peeling químico", "Informed consent: chemical peel"),
        null,
        [
            new FormItem("what", FormItemType.Heading, new("En qué consiste", "What it is")),
            new FormItem("what-text", FormItemType.Paragraph, new(
                "El peeling químico aplica una solución de ácidos que renueva las capas superficiales de la piel.",
                "A chemical peel applies an acid solution that renews the outer layers of the skin.")),
            new FormItem("risks-text", FormItemType.Paragraph, new(
                "Puede causar enrojecimiento, descamación y, raramente, manchas si no se evita el sol.",
                "It can cause redness, peeling and, rarely, dark patches if the sun is not avoided.")),
            new FormItem("ack-risks", FormItemType.Acknowledgement, new("Entiendo los riesgos descritos.", "I understand the risks described.")),
            new FormItem("ack-history", FormItemType.Acknowledgement, new("He informado de mi historial médico con veracidad.", "I have truthfully reported my medical history.")),
            new FormItem("photos", FormItemType.YesNo, new("¿Autorizas fotografías clínicas?", "Do you allow clinical photographs?"), Required: true),
        ]);

    public static FormContent Instructions(string titleEs, string titleEn, params (string HeadingEs, string HeadingEn, string TextEs, string TextEn)[] points) => new(
        new LocalizedText(titleEs, titleEn),
        null,
        points.SelectMany((p, i) => new[]
        {
            new FormItem($"h{i}", FormItemType.Heading, new(p.HeadingEs, p.HeadingEn)),
            new FormItem($"p{i}", FormItemType.Paragraph, new(p.TextEs, p.TextEn)),
        }).ToList());
}
