using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.MedicalHistory;
using Clinic.Forms.Domain.Submissions;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Assisted.OpenAssistedRequest;
using Clinic.Forms.Features.Assisted.SignAssistedConsent;
using Clinic.Forms.Features.Assisted.SubmitAssistedAnswers;
using Clinic.Forms.Features.Builder.CreateForm;
using Clinic.Forms.Features.Documents.GetPatientAuditLog;
using Clinic.Forms.Features.Documents.GetPatientDocuments;
using Clinic.Forms.Features.Documents.UpdatePatientMedicalHistory;
using Clinic.Forms.Features.Portal.SaveMyFormDraft;
using Clinic.Forms.Features.Portal.SignMyConsent;
using Clinic.Forms.Features.Portal.SubmitMyAnswers;
using Clinic.Forms.Features.Portal.UpdateMyMedicalHistory;
using Clinic.Identity.Features.ApiKeys.CreateApiKey;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Forms;

/// <summary>
/// Who reaches what (docs/adr/0018): a patient only their own forms (every endpoint, another patient's ids are 404),
/// Front desk status only, Providers and Admins clinical content, Admins the audit log, API keys by scope; and the
/// audit trail of every read and change (BY5), which no API can edit.
/// </summary>
public sealed class FormsAccessTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().With("Outbox:RunDispatchers", "false").With("Notifications:Delivery:RunSender", "false");
    private FormsScenario forms = null!;
    private HttpClient lucia = null!;
    private HttpClient pedro = null!;
    private Guid luciaId;
    private Guid pedroId;
    private FormRequestSummary questionnaire = null!;
    private FormRequestSummary consent = null!;
    private FormRequestSummary preparation = null!;
    private Guid answersId;
    private Guid signatureId;

    public async Task InitializeAsync()
    {
        factory.ConfigureServices = services => services.AddSingleton<IStartupFilter>(new ClientAddress(ClientAddress.Patient));
        forms = await FormsScenario.CreateAsync(factory);
        lucia = await forms.PatientAsync("lucia@example.com", "Lucía", "Moreno");
        pedro = await forms.PatientAsync("pedro@example.com", "Pedro", "Gil");
        luciaId = await FormsScenario.PatientIdOfAsync(lucia);
        pedroId = await FormsScenario.PatientIdOfAsync(pedro);
        await forms.BookAsync(lucia, FormsScenario.VisitStart(), forms.Clinic.ServiceA, forms.Clinic.ServiceB);
        await forms.BookAsync(pedro, FormsScenario.VisitStart(daysAhead: 6), forms.Clinic.ServiceB);
        var mine = await FormsScenario.MyFormsAsync(lucia);
        questionnaire = FormsScenario.RequestFor(mine, forms.Questionnaire.Id);
        consent = FormsScenario.RequestFor(mine, forms.Consent.Id);
        preparation = FormsScenario.RequestFor(mine, forms.PeelPreparation.Id);
        answersId = (await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{questionnaire.Id}/answers",
            new SubmitMyAnswers(questionnaire.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>()).SubmissionId!.Value;
        signatureId = (await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{consent.Id}/signature",
            new SignMyConsent(consent.VersionId, "es", FormsScenario.AcknowledgeAll(), "Lucía Moreno", SignatureMethod.Drawn, Signatures.Drawn))).ShouldBeJsonAsync<FormRequestSummary>()).SubmissionId!.Value;
        await (await lucia.PutAsJsonAsync("/api/portal/medical-history", new UpdateMyMedicalHistory(
            MedicalHistoryData.Empty with { Allergies = new YesNoDetail(true, "Penicilina") }, null))).ShouldBeJsonAsync<MedicalHistoryView>();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Given_another_patients_forms_When_a_patient_tries_every_portal_endpoint_with_their_ids_Then_each_is_not_found_and_nothing_changes()
    {
        var answers = new SubmitMyAnswers(questionnaire.VersionId, "es", FormsScenario.CompleteQuestionnaire());
        var attempts = new (string Name, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("open request", () => pedro.GetAsync($"/api/portal/forms/requests/{questionnaire.Id}")),
            ("save draft", () => pedro.PutAsJsonAsync($"/api/portal/forms/requests/{questionnaire.Id}/draft", new SaveMyFormDraft(questionnaire.VersionId, []))),
            ("answer", () => pedro.PostAsJsonAsync($"/api/portal/forms/requests/{questionnaire.Id}/answers", answers)),
            ("sign", () => pedro.PostAsJsonAsync($"/api/portal/forms/requests/{consent.Id}/signature",
                new SignMyConsent(consent.VersionId, "es", FormsScenario.AcknowledgeAll(), "Pedro Gil", SignatureMethod.Typed, null))),
            ("confirm read", () => pedro.PostAsync($"/api/portal/forms/requests/{preparation.Id}/read", null)),
            ("read answers", () => pedro.GetAsync($"/api/portal/forms/submissions/{answersId}")),
            ("read signature", () => pedro.GetAsync($"/api/portal/forms/submissions/{signatureId}")),
            ("download pdf", () => pedro.GetAsync($"/api/portal/forms/submissions/{signatureId}/pdf")),
        };

        foreach (var (name, call) in attempts)
        {
            var response = await call();
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
            problem.Detail!.ShouldNotContain("Lucía", customMessage: name);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Penicilina", customMessage: name);
        }

        var pedros = await FormsScenario.MyFormsAsync(pedro);
        pedros.ActionRequired.SelectMany(v => v.Requests).ShouldNotContain(r => r.Id == questionnaire.Id || r.Id == consent.Id);
        (await (await pedro.GetAsync("/api/portal/medical-history")).ShouldBeJsonAsync<MedicalHistoryView>()).RecordId.ShouldBeNull();
        (await forms.QueryAsync(db => db.Submissions.CountAsync())).ShouldBe(2);
        (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.Single().Requests.Single(r => r.Id == preparation.Id).Status
            .ShouldBe(Clinic.Forms.Domain.Requests.FormRequestStatus.Pending);
        (await forms.QueryAsync(db => db.AuditEntries.CountAsync(a => a.PatientId == luciaId && a.ActorName.Contains("Pedro")))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_no_session_When_calling_portal_and_staff_forms_endpoints_Then_401()
    {
        var anonymous = factory.CreateBrowserClient();
        foreach (var url in new[]
                 {
                     "/api/portal/forms", $"/api/portal/forms/requests/{questionnaire.Id}", $"/api/portal/forms/submissions/{answersId}/pdf", "/api/portal/medical-history",
                     "/api/admin/forms", $"/api/admin/patients/{luciaId}/documents", $"/api/admin/patients/{luciaId}/medical-history", $"/api/admin/patients/{luciaId}/audit",
                 })
        {
            (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, url);
        }
    }

    [Fact]
    public async Task Given_a_staff_session_When_it_calls_the_portal_forms_Then_it_is_forbidden_because_the_portal_is_the_patients_own()
    {
        (await factory.CreateClientAs(ClinicRoles.Admin).GetAsync("/api/portal/forms")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClientAs(ClinicRoles.Admin).GetAsync($"/api/portal/forms/requests/{questionnaire.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_front_desk_When_they_open_a_patients_documents_Then_they_see_status_but_never_answers_consents_history_or_the_audit_log()
    {
        var frontDesk = factory.CreateClientAs(ClinicRoles.FrontDesk);

        var documents = await (await frontDesk.GetAsync($"/api/admin/patients/{luciaId}/documents")).ShouldBeJsonAsync<PatientDocuments>();

        documents.CanReadClinicalContent.ShouldBeFalse();
        var visit = documents.Visits.ShouldHaveSingleItem();
        (visit.Total, visit.Done).ShouldBe((3, 2));
        (await (await frontDesk.GetAsync($"/api/admin/patients/{luciaId}/documents")).Content.ReadAsStringAsync()).ShouldNotContain("Penicilina");
        foreach (var url in new[]
                 {
                     $"/api/admin/patients/{luciaId}/documents/submissions/{answersId}", $"/api/admin/patients/{luciaId}/documents/submissions/{signatureId}/pdf",
                     $"/api/admin/patients/{luciaId}/documents/submissions/{signatureId}/verification", $"/api/admin/patients/{luciaId}/documents/submissions/{answersId}/fhir",
                     $"/api/admin/patients/{luciaId}/medical-history", $"/api/admin/patients/{luciaId}/audit",
                 })
        {
            (await frontDesk.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        (await frontDesk.PutAsJsonAsync($"/api/admin/patients/{luciaId}/medical-history", new UpdatePatientMedicalHistory(MedicalHistoryData.Empty, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await frontDesk.PostAsJsonAsync("/api/admin/forms", new CreateForm(FormKind.Questionnaire, FormsScenario.QuestionnaireContent())))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forms.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ActorKind == ActorKind.Staff))).ShouldBe(0, "status reads are not clinical reads");
    }

    [Fact]
    public async Task Given_a_provider_When_they_read_and_update_clinical_records_Then_it_works_and_every_read_and_change_is_audited_but_the_audit_log_is_admin_only()
    {
        var provider = factory.CreateClientAs(ClinicRoles.Provider);

        var answers = await (await provider.GetAsync($"/api/admin/patients/{luciaId}/documents/submissions/{answersId}")).ShouldBeJsonAsync<SubmissionDetails>();
        var pdf = await provider.GetAsync($"/api/admin/patients/{luciaId}/documents/submissions/{signatureId}/pdf");
        var history = await (await provider.GetAsync($"/api/admin/patients/{luciaId}/medical-history")).ShouldBeJsonAsync<MedicalHistoryView>();
        var updated = await (await provider.PutAsJsonAsync($"/api/admin/patients/{luciaId}/medical-history", new UpdatePatientMedicalHistory(
            history.Data with { SkinType = FitzpatrickSkinType.III, TakesBloodThinners = false }, history.RecordId))).ShouldBeJsonAsync<MedicalHistoryView>();

        answers.Answers.Single(a => a.ItemId == "allergies").FollowUp.ShouldBe("Penicilina: urticaria");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        updated.History.Count.ShouldBe(2);
        updated.History[0].RecordedBy.ShouldBe("Test Staff");
        updated.History[0].RecordedByKind.ShouldBe(ActorKind.Staff);
        updated.History[0].Changes.Select(c => (c.Field, c.Before, c.After)).ShouldBe([("takesBloodThinners", null, "no"), ("skinType", null, "III")], ignoreOrder: true);
        (await provider.GetAsync($"/api/admin/patients/{luciaId}/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var log = await (await factory.CreateClientAs(ClinicRoles.Admin).GetAsync($"/api/admin/patients/{luciaId}/audit")).ShouldBeJsonAsync<AuditLogPage>();
        var staff = log.Entries.Where(e => e.ActorKind == ActorKind.Staff).ToList();
        staff.Select(e => (e.Action, e.RecordType)).ShouldBe(
        [
            (AuditAction.Updated, AuditRecordType.MedicalHistory),
            (AuditAction.Viewed, AuditRecordType.MedicalHistory),
            (AuditAction.Downloaded, AuditRecordType.SignedDocument),
            (AuditAction.Viewed, AuditRecordType.QuestionnaireAnswers),
        ], ignoreOrder: true);
        staff.ShouldAllBe(e => e.ActorName == "Test Staff" && e.ActorRoles == "Provider" && e.IpAddress == ClientAddress.Patient.ToString());
        staff.Single(e => e.Action == AuditAction.Viewed && e.RecordType == AuditRecordType.QuestionnaireAnswers).RecordId.ShouldBe(answersId);
        staff.Single(e => e.Action == AuditAction.Updated).Detail.ShouldBe("Changed: takesBloodThinners, skinType");
        var patient = log.Entries.Where(e => e.ActorKind == ActorKind.Patient).ToList();
        patient.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Signed, AuditAction.Submitted], ignoreOrder: true);
        patient.ShouldAllBe(e => e.ActorName.Contains("Lucía") || e.ActorName.Contains("lucia"));
        patient.Single(e => e.Action == AuditAction.Signed).Detail!.ShouldContain("PDF SHA-256");
    }

    [Fact]
    public async Task Given_staff_and_another_patients_ids_When_mixed_in_a_documents_url_Then_404()
    {
        var admin = factory.CreateClientAs(ClinicRoles.Admin);

        (await admin.GetAsync($"/api/admin/patients/{pedroId}/documents/submissions/{answersId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/admin/patients/{pedroId}/documents/submissions/{signatureId}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/admin/patients/{luciaId}/documents/submissions/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/admin/patients/{luciaId}/documents/submissions/{answersId}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "answers have no PDF");
        (await admin.GetAsync($"/api/admin/forms/requests/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/admin/forms/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_api_keys_with_forms_scopes_When_they_call_Then_status_keys_see_status_only_and_clinical_keys_are_audited_as_keys()
    {
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        async Task<HttpClient> KeyAsync(string name, params string[] scopes)
        {
            var created = await (await admin.PostAsJsonAsync("/api/admin/api-keys", new CreateApiKey(name, scopes))).ShouldBeJsonAsync<CreatedApiKey>(HttpStatusCode.Created);
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", created.Key);
            return client;
        }

        var status = await KeyAsync("Agenda externa", ApiScopes.FormsStatus);
        var clinical = await KeyAsync("Historia clínica", ApiScopes.FormsClinical);
        var patients = await KeyAsync("CRM", ApiScopes.PatientsRead);

        (await status.GetAsync($"/api/admin/patients/{luciaId}/documents")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await status.GetAsync($"/api/admin/forms/appointments?appointmentIds={questionnaire.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await status.GetAsync($"/api/admin/patients/{luciaId}/documents/submissions/{answersId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await status.GetAsync($"/api/admin/patients/{luciaId}/medical-history")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await patients.GetAsync($"/api/admin/patients/{luciaId}/documents")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await clinical.GetAsync($"/api/admin/patients/{luciaId}/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await clinical.PutAsJsonAsync($"/api/admin/patients/{luciaId}/medical-history", new UpdatePatientMedicalHistory(MedicalHistoryData.Empty, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var read = await (await clinical.GetAsync($"/api/admin/patients/{luciaId}/documents/submissions/{answersId}/fhir")).Content.ReadAsStringAsync();
        read.ShouldContain("QuestionnaireResponse");
        var entry = await forms.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.ActorKind == ActorKind.ApiKey));
        (entry.Action, entry.RecordId, entry.ActorName).ShouldBe((AuditAction.Exported, answersId, "API key 'Historia clínica'"));
        entry.ActorId.ShouldStartWith("api-key:");
    }

    [Fact]
    public async Task Given_a_clinic_tablet_When_front_desk_opens_a_pending_consent_and_the_patient_signs_Then_it_is_recorded_as_staff_assisted_and_no_answers_are_shown()
    {
        var frontDesk = factory.CreateClientAs(ClinicRoles.FrontDesk);
        var pedrosConsent = FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(pedro), forms.Consent.Id);
        var pedrosQuestionnaire = FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(pedro), forms.Questionnaire.Id);

        var opened = await (await frontDesk.GetAsync($"/api/admin/forms/requests/{pedrosConsent.Id}")).ShouldBeJsonAsync<AssistedFormRequest>();
        var signed = await (await frontDesk.PostAsJsonAsync($"/api/admin/forms/requests/{pedrosConsent.Id}/signature",
            new SignAssistedConsent(opened.Version.Id, "es", FormsScenario.AcknowledgeAll(), "Pedro Gil", SignatureMethod.Drawn, Signatures.Drawn)))
            .ShouldBeJsonAsync<FormRequestSummary>();
        var answered = await (await frontDesk.PostAsJsonAsync($"/api/admin/forms/requests/{pedrosQuestionnaire.Id}/answers",
            new SubmitAssistedAnswers(pedrosQuestionnaire.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).Content.ReadAsStringAsync();

        opened.PatientId.ShouldBe(pedroId);
        signed.CompletedWithStaff.ShouldBeTrue();
        answered.ShouldNotContain("Penicilina");
        var details = await (await factory.CreateClientAs(ClinicRoles.Provider).GetAsync($"/api/admin/patients/{pedroId}/documents/submissions/{signed.SubmissionId}"))
            .ShouldBeJsonAsync<SubmissionDetails>();
        (details.StaffAssisted, details.SubmittedByKind, details.Consent!.SignerName).ShouldBe((true, ActorKind.Staff, "Pedro Gil"));
        var pdf = await (await factory.CreateClientAs(ClinicRoles.Provider).GetAsync($"/api/admin/patients/{pedroId}/documents/submissions/{signed.SubmissionId}/pdf"))
            .Content.ReadAsByteArrayAsync();
        PdfText.Flowing(pdf).ShouldContain("Firmado en la clínica con ayuda del personal: sí");
        (await (await frontDesk.GetAsync($"/api/admin/forms/requests/{questionnaire.Id}")).Content.ReadAsStringAsync()).ShouldNotContain("Penicilina");
    }

    [Fact]
    public async Task Given_the_audit_trail_When_anything_tries_to_change_or_delete_an_entry_Then_no_api_offers_it_and_the_database_refuses()
    {
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        var url = $"/api/admin/patients/{luciaId}/audit";

        (await admin.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PutAsJsonAsync(url, new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsJsonAsync(url, new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var document = System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var auditPaths = document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.Contains("audit", StringComparison.OrdinalIgnoreCase)).ToList();
        auditPaths.Select(p => p.Name).ShouldBe(["/api/admin/patients/{patientId}/audit"]);
        auditPaths.Single().Value.EnumerateObject().Select(o => o.Name).ShouldBe(["get"], "the audit log can only be read");

        var before = await forms.QueryAsync(db => db.AuditEntries.CountAsync());
        await Should.ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(() => forms.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries")));
        await Should.ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(() => forms.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET ActorName = 'nobody'")));
        await Should.ThrowAsync<InvalidOperationException>(() => forms.QueryAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            db.AuditEntries.Remove(entry);
            return await db.SaveChangesAsync();
        }));
        (await forms.QueryAsync(db => db.AuditEntries.CountAsync())).ShouldBe(before);
        (await forms.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ActorName == "nobody"))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_patient_reading_their_own_records_When_they_open_them_Then_each_read_is_audited_with_where_from()
    {
        lucia.DefaultRequestHeaders.UserAgent.ParseAdd("TestPhone/1.0");
        await (await lucia.GetAsync("/api/portal/medical-history")).ShouldBeJsonAsync<MedicalHistoryView>();
        await (await lucia.GetAsync($"/api/portal/forms/submissions/{signatureId}/pdf")).Content.ReadAsByteArrayAsync();
        await FormsScenario.OpenAsync(lucia, questionnaire.Id);

        var reads = await forms.QueryAsync(db => db.AuditEntries.Where(a => a.ActorKind == ActorKind.Patient && (a.Action == AuditAction.Viewed || a.Action == AuditAction.Downloaded)).ToListAsync());
        reads.Select(a => (a.Action, a.RecordType, a.RecordId)).ShouldBe(
        [
            (AuditAction.Viewed, AuditRecordType.MedicalHistory, reads.Single(r => r.RecordType == AuditRecordType.MedicalHistory).RecordId),
            (AuditAction.Downloaded, AuditRecordType.SignedDocument, signatureId),
            (AuditAction.Viewed, AuditRecordType.QuestionnaireAnswers, answersId),
        ], ignoreOrder: true);
        reads.ShouldAllBe(a => a.PatientId == luciaId && a.IpAddress == ClientAddress.Patient.ToString() && a.UserAgent == "TestPhone/1.0");
    }
}
