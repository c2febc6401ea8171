using System.Net;
using System.Net.Http.Json;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Builder;
using Clinic.Forms.Features.Builder.SetFormServices;
using Clinic.Forms.Features.Builder.UpdateForm;
using Clinic.Forms.Features.Portal.SubmitMyAnswers;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.IntegrationTests.Notifications;
using Clinic.Scheduling.Features.Appointments.CancelAppointment;
using Clinic.Scheduling.Features.Appointments.RescheduleAppointment;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Forms;

/// <summary>
/// From booking to aftercare through HTTP and the outbox: requests per visit (PP10), the pre-treatment email over a
/// real SMTP server, post-treatment instructions released at the start and emailed at the end (PP11), and what
/// rescheduling, cancelling, publishing and re-assigning do to requests.
/// </summary>
public sealed class FormRequestLifecycleTests : IAsyncLifetime
{
    private readonly TestSmtpServer smtp = TestSmtpServer.Start();
    private ClinicApiFactory factory = null!;
    private FormsScenario forms = null!;
    private HttpClient lucia = null!;

    public async Task InitializeAsync()
    {
        factory = new ClinicApiFactory()
            .With("Outbox:RunDispatchers", "false")
            .With("Notifications:Delivery:RunSender", "false")
            .WithSmtp(smtp);
        forms = await FormsScenario.CreateAsync(factory);
        lucia = await forms.PatientAsync("lucia@example.com");
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await smtp.DisposeAsync();
    }

    private Guid A => forms.Clinic.ServiceA;

    private Guid B => forms.Clinic.ServiceB;

    [Fact]
    public async Task Given_forms_assigned_to_the_services_When_a_patient_books_Then_each_form_is_asked_once_and_the_pre_treatment_instructions_arrive_by_email()
    {
        var start = FormsScenario.VisitStart();

        var appointmentId = await forms.BookAsync(lucia, start, A, B);
        await factory.DeliverDueMessagesAsync();

        var mine = await FormsScenario.MyFormsAsync(lucia);
        var visit = mine.ActionRequired.ShouldHaveSingleItem();
        visit.Visit.AppointmentId.ShouldBe(appointmentId);
        visit.Visit.StartsAt.ShouldBe(start);
        visit.Requests.Select(r => (r.Kind, r.FormId)).ShouldBe(
        [
            (FormKind.Questionnaire, forms.Questionnaire.Id),
            (FormKind.Consent, forms.Consent.Id),
            (FormKind.PreTreatmentInstructions, forms.PeelPreparation.Id),
        ], "the questionnaire assigned to both services is asked once; aftercare waits for the visit");
        visit.Requests.ShouldAllBe(r => r.Status == FormRequestStatus.Pending && r.DueBy == start && r.VersionId != Guid.Empty);
        (visit.Total, visit.Done).ShouldBe((3, 0));
        mine.Aftercare.ShouldBeEmpty();

        var preparation = smtp.Received.Single(m => m.Subject!.StartsWith("Prepárate para tu cita", StringComparison.Ordinal));
        preparation.To.Mailboxes.Single().Address.ShouldBe("lucia@example.com");
        preparation.TextBody!.ShouldContain("Antes del peeling");
        preparation.TextBody!.ShouldContain("- Retinoides: Deja el retinol 5 días antes.");
        preparation.TextBody!.ShouldNotContain("Usa SPF 50", customMessage: "aftercare is not sent before the visit");
        preparation.HtmlBody!.ShouldContain("<strong>Retinoides</strong>: Deja el retinol 5 días antes.");
        smtp.Received.ShouldContain(m => m.Subject!.StartsWith("Cita confirmada", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_booking_without_pre_treatment_instructions_When_it_is_handled_Then_no_preparation_email_is_sent()
    {
        await forms.BookAsync(lucia, FormsScenario.VisitStart(), A);
        await factory.DeliverDueMessagesAsync();

        smtp.Received.ShouldNotContain(m => m.Subject!.StartsWith("Prepárate", StringComparison.Ordinal));
        (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.Single().Requests.Single().FormId.ShouldBe(forms.Questionnaire.Id);
    }

    [Fact]
    public async Task Given_a_booked_visit_When_staff_start_it_Then_its_post_treatment_instructions_appear_and_on_completion_they_are_emailed()
    {
        var appointmentId = await forms.BookAsync(lucia, FormsScenario.VisitStart(), A, B);
        factory.Clock!.SetUtcNow(FormsScenario.VisitStart().AddMinutes(-5));

        await forms.StaffAsync("start", appointmentId);
        await FormsScenario.SignInAgainAsync(lucia, "lucia@example.com");

        var aftercare = (await FormsScenario.MyFormsAsync(lucia)).Aftercare.ShouldHaveSingleItem();
        var released = aftercare.Requests.ShouldHaveSingleItem();
        (released.FormId, released.Kind, released.Status).ShouldBe((forms.PeelAftercare.Id, FormKind.PostTreatmentInstructions, FormRequestStatus.Completed));
        released.AvailableAt.ShouldBe(factory.Clock.GetUtcNow());
        var opened = await FormsScenario.OpenAsync(lucia, released.Id);
        opened.Version.Content.Title.Es.ShouldBe("Después del peeling");
        smtp.Received.ShouldNotContain(m => m.Subject!.StartsWith("Gracias por tu visita", StringComparison.Ordinal));

        factory.Clock.Advance(TimeSpan.FromMinutes(90));
        await forms.StaffAsync("complete", appointmentId);
        await factory.DeliverDueMessagesAsync();

        var email = smtp.Received.Single(m => m.Subject!.StartsWith("Gracias por tu visita", StringComparison.Ordinal));
        email.TextBody!.ShouldContain("Después del peeling");
        email.TextBody!.ShouldContain("- Sol: Usa SPF 50 cada día durante 4 semanas.");
        email.TextBody!.ShouldNotContain("Evita la sauna", customMessage: "laser aftercare belongs to a service not performed");
        (await forms.QueryAsync(db => db.FormRequests.CountAsync(r => r.AppointmentId == appointmentId && r.Kind == FormKind.PostTreatmentInstructions)))
            .ShouldBe(1, "completion releases nothing twice");
    }

    [Fact]
    public async Task Given_requests_with_one_answered_When_the_visit_is_rescheduled_and_then_cancelled_Then_answers_stay_and_only_unanswered_requests_are_withdrawn()
    {
        var start = FormsScenario.VisitStart();
        var appointmentId = await forms.BookAsync(lucia, start, A, B);
        var questionnaire = FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(lucia), forms.Questionnaire.Id);
        await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{questionnaire.Id}/answers",
            new SubmitMyAnswers(questionnaire.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>();

        var later = start.AddDays(1);
        (await forms.Admin.PostAsJsonAsync($"/api/admin/appointments/{appointmentId}/reschedule", new RescheduleAppointment(later, null)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await forms.DeliverEventsAsync();

        var moved = (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.Single();
        moved.Visit.StartsAt.ShouldBe(later);
        moved.Requests.ShouldAllBe(r => r.DueBy == later);
        moved.Requests.Single(r => r.FormId == forms.Questionnaire.Id).Status.ShouldBe(FormRequestStatus.Completed);
        (moved.Total, moved.Done).ShouldBe((3, 1));

        (await forms.Admin.PostAsJsonAsync($"/api/admin/appointments/{appointmentId}/cancel", new CancelAppointment(false, "La paciente no puede venir"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await forms.DeliverEventsAsync();

        var mine = await FormsScenario.MyFormsAsync(lucia);
        mine.ActionRequired.ShouldBeEmpty();
        var documents = mine.Documents.ShouldHaveSingleItem();
        documents.Visit.Status.ShouldBe(VisitStatus.Cancelled);
        documents.Requests.Single().SubmissionId.ShouldNotBeNull();
        var all = await forms.QueryAsync(db => db.FormRequests.Where(r => r.AppointmentId == appointmentId).ToListAsync());
        all.Where(r => r.FormId != forms.Questionnaire.Id).ShouldAllBe(r => r.Status == FormRequestStatus.Withdrawn && r.WithdrawnReason == "The appointment was cancelled.");
        all.Single(r => r.FormId == forms.Questionnaire.Id).Status.ShouldBe(FormRequestStatus.Completed);
    }

    [Fact]
    public async Task Given_pending_forms_When_the_reminder_goes_out_Then_it_names_the_forms_still_pending_at_that_moment()
    {
        var start = FormsScenario.VisitStart();
        await forms.BookAsync(lucia, start, A, B);
        var questionnaire = FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(lucia), forms.Questionnaire.Id);
        await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{questionnaire.Id}/answers",
            new SubmitMyAnswers(questionnaire.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>();
        await factory.DeliverDueMessagesAsync();

        factory.Clock!.SetUtcNow(start.AddHours(-24));
        await factory.DeliverDueMessagesAsync();

        var reminder = smtp.Received.Single(m => m.Subject!.StartsWith("Recordatorio", StringComparison.Ordinal));
        reminder.TextBody!.ShouldContain("Antes de venir, completa en tu portal");
        reminder.TextBody!.ShouldContain("- Consentimiento informado: peeling químico");
        reminder.TextBody!.ShouldContain("- Antes del peeling");
        reminder.TextBody!.ShouldNotContain("- Cuestionario de salud", customMessage: "answered before the reminder");
        var sms = await factory.MessageAsync(Clinic.Notifications.Domain.Messages.NotificationType.AppointmentReminder, Clinic.Notifications.Domain.Messages.MessageChannel.Sms);
        sms.TextBody.ShouldContain("Completa antes 2 formularios en tu portal");
    }

    [Fact]
    public async Task Given_a_questionnaire_that_may_reuse_recent_answers_When_the_patient_books_again_Then_the_new_request_is_already_done()
    {
        var reusable = await forms.PublishAsync(FormKind.Questionnaire, FormsScenario.QuestionnaireContent() with { Title = new("Cuestionario anual", "Yearly questionnaire") },
            [forms.Clinic.ServiceC], reuseDays: 90);
        await forms.BookAsync(lucia, FormsScenario.VisitStart(), forms.Clinic.ServiceC);
        var first = FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(lucia), reusable.Id);
        await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{first.Id}/answers",
            new SubmitMyAnswers(first.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>();

        await forms.BookAsync(lucia, FormsScenario.VisitStart(daysAhead: 10), forms.Clinic.ServiceC);

        var second = (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.OrderBy(v => v.Visit.StartsAt).Last().Requests.Single(r => r.FormId == reusable.Id);
        second.Status.ShouldBe(FormRequestStatus.Completed);
        second.ReusedEarlierAnswers.ShouldBeTrue();
        second.SubmissionId.ShouldBe((await FormsScenario.OpenAsync(lucia, first.Id)).Submission!.Id);
    }

    [Fact]
    public async Task Given_a_pending_request_When_staff_publish_a_new_version_Then_the_request_moves_to_it_and_answers_to_the_old_one_are_refused_with_what_to_do()
    {
        await forms.BookAsync(lucia, FormsScenario.VisitStart(), A);
        var asked = FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(lucia), forms.Questionnaire.Id);
        var current = await (await forms.Admin.GetAsync($"/api/admin/forms/{forms.Questionnaire.Id}")).ShouldBeJsonAsync<FormDetails>();
        var reworded = current.Draft with { Introduction = new("Respuestas confidenciales; actualízalas si algo cambia.", "Confidential answers; update them if anything changes.") };
        await (await forms.Admin.PutAsJsonAsync($"/api/admin/forms/{forms.Questionnaire.Id}", new UpdateForm(reworded, current.Revision))).ShouldBeJsonAsync<FormDetails>();
        var published = await (await forms.Admin.PostAsync($"/api/admin/forms/{forms.Questionnaire.Id}/publish", null)).ShouldBeJsonAsync<FormDetails>();

        var refused = await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{asked.Id}/answers", new SubmitMyAnswers(asked.VersionId, "es", FormsScenario.CompleteQuestionnaire()));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.Detail.ShouldBe("The clinic has published a new version of this form since you opened it. Nothing was saved: reload the form, read it again and answer the current version.");
        problem.Extensions["reason"]!.ToString().ShouldBe("outdatedVersion");
        problem.Extensions["currentVersionId"]!.ToString().ShouldBe(published.CurrentVersionId.ToString());
        (await forms.QueryAsync(db => db.Submissions.CountAsync())).ShouldBe(0);
        var reopened = await FormsScenario.OpenAsync(lucia, asked.Id);
        reopened.Version.Id.ShouldBe(published.CurrentVersionId!.Value);
        reopened.Version.Number.ShouldBe(2);
        reopened.Version.Content.Introduction!.Es.ShouldStartWith("Respuestas confidenciales");
        await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{asked.Id}/answers",
            new SubmitMyAnswers(reopened.Version.Id, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>();
    }

    [Fact]
    public async Task Given_a_visit_ahead_When_staff_assign_a_form_to_its_service_and_later_remove_it_Then_the_patient_is_asked_and_then_no_longer()
    {
        var appointmentId = await forms.BookAsync(lucia, FormsScenario.VisitStart(), A);
        (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.Single().Requests.ShouldNotContain(r => r.FormId == forms.Consent.Id);

        await (await forms.Admin.PutAsJsonAsync($"/api/admin/forms/{forms.Consent.Id}/services", new SetFormServices([B, A]))).ShouldBeJsonAsync<FormDetails>();
        var asked = FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(lucia), forms.Consent.Id);
        asked.Status.ShouldBe(FormRequestStatus.Pending);

        await (await forms.Admin.PutAsJsonAsync($"/api/admin/forms/{forms.Consent.Id}/services", new SetFormServices([B]))).ShouldBeJsonAsync<FormDetails>();
        (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.Single().Requests.ShouldNotContain(r => r.FormId == forms.Consent.Id);
        var withdrawn = await forms.QueryAsync(db => db.FormRequests.SingleAsync(r => r.AppointmentId == appointmentId && r.FormId == forms.Consent.Id));
        withdrawn.Status.ShouldBe(FormRequestStatus.Withdrawn);
    }
}
