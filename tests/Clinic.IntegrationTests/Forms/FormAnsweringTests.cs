using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Submissions;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Portal.SaveMyFormDraft;
using Clinic.Forms.Features.Portal.SignMyConsent;
using Clinic.Forms.Features.Portal.SubmitMyAnswers;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Forms;

/// <summary>Answering and signing in the portal (PP12): drafts, validation per item, immutable submissions, signed PDFs with evidence.</summary>
public sealed class FormAnsweringTests : IAsyncLifetime
{
    private const string LuciasBrowser = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile Safari/604.1";
    private readonly ClinicApiFactory factory = new ClinicApiFactory().With("Outbox:RunDispatchers", "false").With("Notifications:Delivery:RunSender", "false");
    private FormsScenario forms = null!;
    private HttpClient lucia = null!;
    private Guid appointmentId;

    public async Task InitializeAsync()
    {
        factory.ConfigureServices = services => services.AddSingleton<IStartupFilter>(new ClientAddress(ClientAddress.Patient));
        forms = await FormsScenario.CreateAsync(factory);
        lucia = await forms.PatientAsync("lucia@example.com", "Lucía", "Moreno Ruiz");
        lucia.DefaultRequestHeaders.UserAgent.ParseAdd(LuciasBrowser);
        appointmentId = await forms.BookAsync(lucia, FormsScenario.VisitStart(), forms.Clinic.ServiceA, forms.Clinic.ServiceB);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<FormRequestSummary> RequestAsync(Guid formId) => FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(lucia), formId);

    private Task<int> SubmissionCountAsync() => forms.QueryAsync(db => db.Submissions.CountAsync());

    [Fact]
    public async Task Given_a_half_answered_questionnaire_When_the_patient_leaves_and_comes_back_Then_the_draft_is_there_and_sending_it_completes_the_request()
    {
        var request = await RequestAsync(forms.Questionnaire.Id);

        var saved = await (await lucia.PutAsJsonAsync($"/api/portal/forms/requests/{request.Id}/draft",
            new SaveMyFormDraft(request.VersionId, [new FormAnswer("allergies", YesNo: true)]))).ShouldBeJsonAsync<DraftSaved>();
        var reopened = await FormsScenario.OpenAsync(lucia, request.Id);

        saved.SavedAt.ShouldBe(factory.Clock!.GetUtcNow());
        reopened.Request.HasDraft.ShouldBeTrue();
        reopened.Draft.ShouldNotBeNull().ShouldHaveSingleItem().ShouldBe(new FormAnswer("allergies", YesNo: true));
        reopened.Submission.ShouldBeNull();

        var done = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/answers",
            new SubmitMyAnswers(request.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>();
        done.Status.ShouldBe(FormRequestStatus.Completed);
        done.HasDraft.ShouldBeFalse();
        var after = await FormsScenario.OpenAsync(lucia, request.Id);
        after.Draft.ShouldBeNull();
        var submission = after.Submission.ShouldNotBeNull();
        submission.Version.Id.ShouldBe(request.VersionId);
        submission.Answers.Select(a => a.ItemId).ShouldBe(["allergies", "skin-type", "conditions", "last-treatment", "weight", "notes"], "stored in the form's order");
        submission.Answers.Single(a => a.ItemId == "conditions").Choices.ShouldBe(["diabetes", "cold-sores"], "choices in the form's order, not the order ticked");
        (submission.SubmittedByKind, submission.StaffAssisted).ShouldBe((ActorKind.Patient, false));
        var visit = (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.Single();
        (visit.Total, visit.Done).ShouldBe((3, 1));
    }

    [Fact]
    public async Task Given_answers_already_sent_When_the_patient_answers_again_Then_a_new_submission_supersedes_the_first_and_both_are_kept()
    {
        var request = await RequestAsync(forms.Questionnaire.Id);
        await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/answers",
            new SubmitMyAnswers(request.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>();
        var first = (await FormsScenario.OpenAsync(lucia, request.Id)).Submission!;
        factory.Clock!.Advance(TimeSpan.FromMinutes(5));

        var corrected = FormsScenario.CompleteQuestionnaire().Select(a => a.ItemId == "allergies" ? new FormAnswer("allergies", YesNo: false) : a).ToList();
        await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/answers",
            new SubmitMyAnswers(request.VersionId, "en", corrected))).ShouldBeJsonAsync<FormRequestSummary>();

        var second = (await FormsScenario.OpenAsync(lucia, request.Id)).Submission!;
        second.Id.ShouldNotBe(first.Id);
        second.SupersedesId.ShouldBe(first.Id);
        second.Language.ShouldBe("en");
        second.Answers.Single(a => a.ItemId == "allergies").ShouldBe(new FormAnswer("allergies", YesNo: false), "the follow-up is dropped when it is no longer asked");
        second.History.Select(h => (h.Id, h.IsCurrent)).ShouldBe([(first.Id, false), (second.Id, true)]);
        var original = await (await lucia.GetAsync($"/api/portal/forms/submissions/{first.Id}")).ShouldBeJsonAsync<SubmissionDetails>();
        original.Answers.Single(a => a.ItemId == "allergies").ShouldBe(new FormAnswer("allergies", YesNo: true, FollowUp: "Penicilina: urticaria"));
        original.SupersededById.ShouldBe(second.Id);
    }

    [Fact]
    public async Task Given_answers_that_break_the_forms_rules_When_sent_Then_each_problem_is_reported_on_its_item_and_nothing_is_stored()
    {
        var request = await RequestAsync(forms.Questionnaire.Id);
        List<FormAnswer> wrong =
        [
            new("allergies", YesNo: true),
            new("skin-type", Choices: ["iii", "ii"]),
            new("conditions", Choices: ["asthma"]),
            new("weight", Number: 12),
            new("notes", YesNo: true),
            new("general", Text: "a heading takes no answer"),
        ];

        var problem = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/answers", new SubmitMyAnswers(request.VersionId, "es", wrong)))
            .ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldBe(["answers.general", "answers.allergies", "answers.skin-type", "answers.conditions", "answers.weight", "answers.notes"], ignoreOrder: true);
        problem.Errors["answers.allergies"].ShouldBe(["Answer the follow-up question too."]);
        problem.Errors["answers.skin-type"].ShouldBe(["Choose one option."]);
        problem.Errors["answers.conditions"].ShouldBe(["Choose among the options offered."]);
        problem.Errors["answers.weight"].ShouldBe(["Enter 30 or more."]);
        problem.Errors["answers.notes"].ShouldBe(["This question takes a text answer."]);
        (await SubmissionCountAsync()).ShouldBe(0);
        (await RequestAsync(forms.Questionnaire.Id)).Status.ShouldBe(FormRequestStatus.Pending);
        (await forms.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Submitted))).ShouldBe(0);

        var missing = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/answers", new SubmitMyAnswers(request.VersionId, "es", [])))
            .ShouldBeValidationProblemAsync();
        missing.Errors["answers.allergies"].ShouldBe(["This question needs an answer."]);
        missing.Errors["answers.skin-type"].ShouldBe(["This question needs an answer."]);
        missing.Errors.ShouldNotContainKey("answers.notes", "optional");
    }

    [Fact]
    public async Task Given_oversized_or_malformed_answers_When_sent_Then_they_are_refused_with_400_and_nothing_is_stored()
    {
        var request = await RequestAsync(forms.Questionnaire.Id);
        var url = $"/api/portal/forms/requests/{request.Id}/answers";

        var huge = await (await lucia.PostAsJsonAsync(url, new SubmitMyAnswers(request.VersionId, "es",
            [.. FormsScenario.CompleteQuestionnaire().Where(a => a.ItemId != "notes"), new FormAnswer("notes", Text: new string('x', 5000))]))).ShouldBeValidationProblemAsync();
        var tooMany = await (await lucia.PostAsJsonAsync(url, new SubmitMyAnswers(request.VersionId, "es",
            Enumerable.Range(0, 200).Select(i => new FormAnswer($"item-{i}", Text: "x")).ToList()))).ShouldBeValidationProblemAsync();
        var language = await (await lucia.PostAsJsonAsync(url, new SubmitMyAnswers(request.VersionId, "fr", FormsScenario.CompleteQuestionnaire()))).ShouldBeValidationProblemAsync();
        var malformed = await lucia.PostAsync(url, new StringContent("{\"versionId\": \"" + request.VersionId + "\", \"answers\": [{\"itemId\": 7, ", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await lucia.PostAsync(url, new StringContent("{\"versionId\": \"" + request.VersionId + "\", \"language\": \"es\", \"answers\": [{\"itemId\": \"weight\", \"number\": \"heavy\"}]}",
            System.Text.Encoding.UTF8, "application/json"));
        var draft = await (await lucia.PutAsJsonAsync($"/api/portal/forms/requests/{request.Id}/draft",
            new SaveMyFormDraft(request.VersionId, [new FormAnswer("notes", Text: new string('x', 5000))]))).ShouldBeValidationProblemAsync();

        huge.Errors.Keys.ShouldContain(k => k.StartsWith("answers", StringComparison.Ordinal));
        tooMany.Errors["answers"].ShouldBe(["At most 150 answers."]);
        language.Errors["language"].ShouldNotBeEmpty();
        (await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Status.ShouldBe(400);
        (await wrongType.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Status.ShouldBe(400);
        draft.Errors.Keys.ShouldContain(k => k.StartsWith("answers", StringComparison.Ordinal));
        (await SubmissionCountAsync()).ShouldBe(0);
        (await FormsScenario.OpenAsync(lucia, request.Id)).Draft.ShouldBeNull();
    }

    [Fact]
    public async Task Given_a_withdrawn_request_When_the_patient_answers_or_signs_it_Then_409_says_there_is_nothing_more_to_do()
    {
        var questionnaire = await RequestAsync(forms.Questionnaire.Id);
        var consent = await RequestAsync(forms.Consent.Id);
        (await forms.Admin.PostAsJsonAsync($"/api/admin/appointments/{appointmentId}/cancel",
            new Clinic.Scheduling.Features.Appointments.CancelAppointment.CancelAppointment(false, null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await forms.DeliverEventsAsync();

        var answered = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{questionnaire.Id}/answers",
            new SubmitMyAnswers(questionnaire.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var signed = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{consent.Id}/signature",
            new SignMyConsent(consent.VersionId, "es", FormsScenario.AcknowledgeAll(), "Lucía Moreno Ruiz", SignatureMethod.Drawn, Signatures.Drawn))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        answered.Extensions["reason"]!.ToString().ShouldBe("withdrawn");
        answered.Detail!.ShouldContain("no longer requested");
        signed.Extensions["reason"]!.ToString().ShouldBe("withdrawn");
        (await SubmissionCountAsync()).ShouldBe(0);
        (await forms.QueryAsync(db => db.SignedDocuments.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_consent_When_the_patient_signs_it_Then_a_pdf_with_the_versions_text_the_signature_and_the_evidence_is_stored_with_its_hash()
    {
        var request = await RequestAsync(forms.Consent.Id);
        var version = (await FormsScenario.OpenAsync(lucia, request.Id)).Version;

        var signed = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/signature",
            new SignMyConsent(request.VersionId, "es", FormsScenario.AcknowledgeAll(), "Lucía Moreno Ruiz", SignatureMethod.Drawn, Signatures.Drawn))).ShouldBeJsonAsync<FormRequestSummary>();

        signed.Status.ShouldBe(FormRequestStatus.Completed);
        var submission = await (await lucia.GetAsync($"/api/portal/forms/submissions/{signed.SubmissionId}")).ShouldBeJsonAsync<SubmissionDetails>();
        var evidence = submission.Consent.ShouldNotBeNull();
        evidence.SignerName.ShouldBe("Lucía Moreno Ruiz");
        evidence.Method.ShouldBe(SignatureMethod.Drawn);
        evidence.SignatureImage.ShouldBe(Signatures.Drawn);
        evidence.UserAgent.ShouldBe(LuciasBrowser);
        evidence.IpAddress.ShouldBe(ClientAddress.Patient.ToString());
        evidence.TextSha256.ShouldBe(Sha256(string.Join('\n',
        [
            "Consentimiento informado: peeling químico", "En qué consiste",
            "El peeling químico aplica una solución de ácidos que renueva las capas superficiales de la piel.",
            "Puede causar enrojecimiento, descamación y, raramente, manchas si no se evita el sol.",
            "[ ] Entiendo los riesgos descritos.", "[ ] He informado de mi historial médico con veracidad.", "¿Autorizas fotografías clínicas? *",
        ])), "the fingerprint is of the exact text shown, in the language shown");

        var download = await lucia.GetAsync($"/api/portal/forms/submissions/{signed.SubmissionId}/pdf");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await download.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(pdf)).ShouldBe(evidence.PdfSha256);
        var stored = await forms.QueryAsync(db => db.Submissions.SingleAsync(s => s.Id == signed.SubmissionId));
        stored.PdfSha256.ShouldBe(evidence.PdfSha256);

        var text = PdfText.Flowing(pdf);
        text.ShouldContain(version.Content.Title.Es);
        foreach (var item in version.Content.Items)
        {
            text.ShouldContain(PdfText.Collapse(item.Text.Es), customMessage: $"item {item.Id} is printed as signed");
        }

        text.ShouldContain("[X] Entiendo los riesgos descritos.");
        text.ShouldContain("Nombre escrito por el paciente: Lucía Moreno Ruiz");
        text.ShouldContain($"Versión firmada: 1 ({version.Id:D})");
        text.ShouldContain($"SHA-256 del texto mostrado: {evidence.TextSha256}");
        text.ShouldContain($"Fecha y hora (UTC): {factory.Clock!.GetUtcNow().UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");
        text.ShouldContain($"Dirección IP: {evidence.IpAddress}");
        text.ShouldContain($"Navegador (user agent): {LuciasBrowser}");
        text.ShouldContain($"({appointmentId:D})");
        text.ShouldContain("Firmado en la clínica con ayuda del personal: no");
        text.ShouldNotContain("[ ] Entiendo");

        (await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/signature",
            new SignMyConsent(request.VersionId, "es", FormsScenario.AcknowledgeAll(), "Lucía Moreno Ruiz", SignatureMethod.Typed, null)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).Extensions["reason"]!.ToString().ShouldBe("alreadySigned");
    }

    [Fact]
    public async Task Given_a_signed_consent_When_its_stored_pdf_is_altered_Then_verification_fails_the_download_is_refused_and_the_audit_log_says_so()
    {
        var request = await RequestAsync(forms.Consent.Id);
        var signed = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/signature",
            new SignMyConsent(request.VersionId, "en", FormsScenario.AcknowledgeAll(), "Lucia Moreno", SignatureMethod.Typed, null))).ShouldBeJsonAsync<FormRequestSummary>();
        var patientId = await FormsScenario.PatientIdOfAsync(lucia);
        var verificationUrl = $"/api/admin/patients/{patientId}/documents/submissions/{signed.SubmissionId}/verification";
        var intact = await (await forms.Admin.GetAsync(verificationUrl)).ShouldBeJsonAsync<SignedConsentVerification>();
        intact.Intact.ShouldBeTrue();
        var typedPdf = await (await lucia.GetAsync($"/api/portal/forms/submissions/{signed.SubmissionId}/pdf")).Content.ReadAsByteArrayAsync();
        PdfText.Flowing(typedPdf)
            .ShouldContain("Lucia Moreno (signature typed on the keyboard)");

        await forms.QueryAsync(async db =>
        {
            var document = await db.SignedDocuments.AsNoTracking().SingleAsync(d => d.SubmissionId == signed.SubmissionId);
            var altered = document.Pdf.ToArray();
            var at = Array.IndexOf(altered, (byte)'Y', altered.Length / 2);
            altered[at] = (byte)'N';
            return await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE SignedDocuments SET Pdf = {altered} WHERE SubmissionId = {signed.SubmissionId}");
        });

        var broken = await (await forms.Admin.GetAsync(verificationUrl)).ShouldBeJsonAsync<SignedConsentVerification>();
        var patientDownload = await (await lucia.GetAsync($"/api/portal/forms/submissions/{signed.SubmissionId}/pdf")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var staffDownload = await (await forms.Admin.GetAsync($"/api/admin/patients/{patientId}/documents/submissions/{signed.SubmissionId}/pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (broken.Intact, broken.PdfMatches, broken.TextMatchesVersion).ShouldBe((false, false, true));
        broken.RecordedPdfSha256.ShouldBe(intact.RecordedPdfSha256);
        broken.StoredPdfSha256.ShouldNotBe(broken.RecordedPdfSha256);
        patientDownload.Extensions["reason"]!.ToString().ShouldBe("integrityCheckFailed");
        staffDownload.Extensions["reason"]!.ToString().ShouldBe("integrityCheckFailed");
        (await forms.QueryAsync(db => db.AuditEntries.CountAsync(a => a.RecordId == signed.SubmissionId && a.Action == AuditAction.IntegrityCheckFailed)))
            .ShouldBe(3, "the verification and both refused downloads");
    }

    [Theory]
    [InlineData("not a data url", "signatureImage")]
    [InlineData("data:image/png;base64,@@@@", "signatureImage")]
    [InlineData("data:image/png;base64,R0lGODlhAQABAAAAACw=", "signatureImage")]
    [InlineData(Signatures.CorruptPng, "signatureImage")]
    [InlineData("TOO_LARGE", "signatureImage")]
    [InlineData("", "signatureImage")]
    public async Task Given_a_bad_signature_image_When_signing_Then_400_names_the_signature_and_nothing_is_stored(string image, string field)
    {
        var request = await RequestAsync(forms.Consent.Id);

        var problem = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/signature",
            new SignMyConsent(request.VersionId, "es", FormsScenario.AcknowledgeAll(), "Lucía Moreno Ruiz", SignatureMethod.Drawn,
                image == "TOO_LARGE" ? Signatures.TooLarge : image))).ShouldBeValidationProblemAsync();

        problem.Errors.ShouldContainKey(field);
        (await SubmissionCountAsync()).ShouldBe(0);
        (await forms.QueryAsync(db => db.SignedDocuments.CountAsync())).ShouldBe(0);
        (await RequestAsync(forms.Consent.Id)).Status.ShouldBe(FormRequestStatus.Pending);
    }

    [Fact]
    public async Task Given_a_consent_with_an_unticked_statement_or_no_name_When_signing_Then_400_on_those_fields_and_nothing_is_stored()
    {
        var request = await RequestAsync(forms.Consent.Id);

        var problem = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/signature",
            new SignMyConsent(request.VersionId, "es", [new("ack-risks", Acknowledged: true), new("photos", YesNo: true)], " ", SignatureMethod.Typed, null)))
            .ShouldBeValidationProblemAsync();
        var unticked = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/signature",
            new SignMyConsent(request.VersionId, "es", [new("ack-risks", Acknowledged: true), new("photos", YesNo: true)], "Lucía Moreno", SignatureMethod.Typed, null)))
            .ShouldBeValidationProblemAsync();

        problem.Errors.ShouldContainKey("signerName");
        unticked.Errors["answers.ack-history"].ShouldBe(["Tick this statement to confirm you have read and understood it."]);
        (await SubmissionCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Given_pre_treatment_instructions_When_the_patient_confirms_reading_them_Then_they_count_as_done()
    {
        var request = await RequestAsync(forms.PeelPreparation.Id);

        var read = await (await lucia.PostAsync($"/api/portal/forms/requests/{request.Id}/read", null)).ShouldBeJsonAsync<FormRequestSummary>();
        var again = await (await lucia.PostAsync($"/api/portal/forms/requests/{request.Id}/read", null)).ShouldBeJsonAsync<FormRequestSummary>();

        (read.Status, again.Status).ShouldBe((FormRequestStatus.Completed, FormRequestStatus.Completed));
        (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.Single().Done.ShouldBe(1);
        (await forms.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Read && a.RecordId == request.Id))).ShouldBe(1);
        (await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/answers", new SubmitMyAnswers(request.VersionId, "es", [])))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("read, not answered");
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
