using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Builder;
using Clinic.Forms.Features.Builder.CreateForm;
using Clinic.Forms.Features.Builder.SetFormServices;
using Clinic.Forms.Features.Builder.SetServiceForms;
using Clinic.Forms.Features.Builder.UpdateForm;
using Clinic.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Clinic.IntegrationTests.Forms;

/// <summary>Staff building forms (ST3): drafts, immutable versions, archive instead of delete, assignment from both sides, FHIR export.</summary>
public sealed class FormBuilderTests : IAsyncLifetime
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().With("Outbox:RunDispatchers", "false").With("Notifications:Delivery:RunSender", "false");
    private FormsScenario forms = null!;
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        forms = await FormsScenario.CreateAsync(factory);
        admin = forms.Admin;
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<FormDetails> CreateAsync(FormKind kind, FormContent content) =>
        await (await admin.PostAsJsonAsync("/api/admin/forms", new CreateForm(kind, content))).ShouldBeJsonAsync<FormDetails>(HttpStatusCode.Created);

    [Fact]
    public async Task Given_a_published_form_When_staff_edit_and_publish_again_Then_a_new_version_is_made_and_the_old_one_is_unchanged()
    {
        var draft = await CreateAsync(FormKind.Consent, FormsScenario.ConsentContent());
        draft.LatestVersionNumber.ShouldBe(0);
        draft.CurrentVersionId.ShouldBeNull();
        draft.PublishProblems.ShouldBeEmpty();
        var first = await (await admin.PostAsync($"/api/admin/forms/{draft.Id}/publish", null)).ShouldBeJsonAsync<FormDetails>();

        var edited = first.Draft with { Items = [.. first.Draft.Items.Take(2), new FormItem("new-risk", FormItemType.Paragraph, new("Riesgo nuevo.", "New risk.")), .. first.Draft.Items.Skip(2)] };
        var saved = await (await admin.PutAsJsonAsync($"/api/admin/forms/{draft.Id}", new UpdateForm(edited, first.Revision))).ShouldBeJsonAsync<FormDetails>();
        var stale = await (await admin.PutAsJsonAsync($"/api/admin/forms/{draft.Id}", new UpdateForm(edited, first.Revision))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var second = await (await admin.PostAsync($"/api/admin/forms/{draft.Id}/publish", null)).ShouldBeJsonAsync<FormDetails>();
        var again = await (await admin.PostAsync($"/api/admin/forms/{draft.Id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        saved.HasUnpublishedChanges.ShouldBeTrue();
        saved.CurrentVersionId.ShouldBe(first.CurrentVersionId);
        stale.Extensions["reason"]!.ToString().ShouldBe("staleRevision");
        second.LatestVersionNumber.ShouldBe(2);
        second.Versions.Select(v => v.Number).ShouldBe([2, 1]);
        second.HasUnpublishedChanges.ShouldBeFalse();
        again.Detail.ShouldBe("Version 2 already has exactly this content; change the draft before publishing again.");
        var v1 = await (await admin.GetAsync($"/api/admin/forms/{draft.Id}/versions/{first.CurrentVersionId}")).ShouldBeJsonAsync<FormVersionView>();
        var v2 = await (await admin.GetAsync($"/api/admin/forms/{draft.Id}/versions/{second.CurrentVersionId}")).ShouldBeJsonAsync<FormVersionView>();
        v1.Content.Items.Select(i => i.Id).ShouldNotContain("new-risk");
        v2.Content.Items.Select(i => i.Id).ShouldContain("new-risk");
        (await admin.GetAsync($"/api/admin/forms/{forms.Consent.Id}/versions/{first.CurrentVersionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a version belongs to its form");
    }

    [Fact]
    public async Task Given_a_draft_missing_english_text_When_published_Then_422_lists_each_field_to_fix_and_nothing_is_published()
    {
        var content = FormsScenario.ConsentContent() with { Title = new("Consentimiento láser", "") };
        var draft = await CreateAsync(FormKind.Consent, content with { Items = [content.Items[0], content.Items[1] with { Text = new("Texto", " ") }] });

        var problem = await (await admin.PostAsync($"/api/admin/forms/{draft.Id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        draft.PublishProblems.Select(p => p.Path).ShouldBe(["title.en", "items[1].text.en", "items"]);
        // Each problem carries its rule's code, so the builder says it in the staff member's language.
        draft.PublishProblems.Select(p => p.Code).ShouldBe([ContentProblemCode.EnglishMissing, ContentProblemCode.EnglishMissing, ContentProblemCode.NoAcknowledgement]);
        var problems = problem.Extensions["problems"]!.ToString()!;
        problems.ShouldContain("title.en");
        problems.ShouldContain("\"code\":\"EnglishMissing\"");
        (await (await admin.GetAsync($"/api/admin/forms/{draft.Id}")).ShouldBeJsonAsync<FormDetails>()).LatestVersionNumber.ShouldBe(0);
    }

    [Fact]
    public async Task Given_malformed_form_content_When_saved_Then_400_names_each_field()
    {
        var content = FormsScenario.QuestionnaireContent();
        var broken = content with
        {
            Items =
            [
                new FormItem("Bad Id", FormItemType.ShortText, new("¿Nombre?", "Name?")),
                new FormItem("choice", FormItemType.SingleChoice, new("Elige", "Pick"), Options: [new("only", new("Única", "Only"))]),
                new FormItem("ack", FormItemType.Acknowledgement, new("Acepto", "I agree")),
                new FormItem("choice", FormItemType.Number, new("Peso", "Weight"), Min: 10, Max: 5),
            ],
        };

        var problem = await (await admin.PostAsJsonAsync("/api/admin/forms", new CreateForm(FormKind.Questionnaire, broken))).ShouldBeValidationProblemAsync();
        var instructions = await (await admin.PostAsJsonAsync("/api/admin/forms", new CreateForm(FormKind.PostTreatmentInstructions, content))).ShouldBeValidationProblemAsync();
        var missing = await admin.PostAsync("/api/admin/forms", new StringContent("{\"kind\":\"Consent\"}", System.Text.Encoding.UTF8, "application/json"));

        problem.Errors.Keys.ShouldBe(["content.items[0].id", "content.items[1].options", "content.items[2].type", "content.items[3].id", "content.items[3].max"], ignoreOrder: true);
        instructions.Errors["content.items[1].type"].ShouldBe(["Instructions hold headings and paragraphs only."]);
        (await missing.ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("content");
        (await (await admin.GetAsync("/api/admin/forms")).ShouldBeJsonAsync<List<FormSummary>>()).Count.ShouldBe(5, "only the scenario's forms exist");
    }

    [Fact]
    public async Task Given_a_form_patients_were_asked_When_staff_delete_it_Then_409_says_archive_it_and_archiving_keeps_it_out_of_new_visits()
    {
        var unused = await CreateAsync(FormKind.Questionnaire, FormsScenario.QuestionnaireContent());
        var lucia = await forms.PatientAsync("lucia@example.com");
        await forms.BookAsync(lucia, FormsScenario.VisitStart(), forms.Clinic.ServiceA);

        var refused = await (await admin.DeleteAsync($"/api/admin/forms/{forms.Questionnaire.Id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.DeleteAsync($"/api/admin/forms/{unused.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var archived = await (await admin.PostAsync($"/api/admin/forms/{forms.Questionnaire.Id}/archive", null)).ShouldBeJsonAsync<FormDetails>();

        refused.Detail!.ShouldContain("Archive it instead");
        archived.Status.ShouldBe(FormStatus.Archived);
        (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.ShouldBeEmpty("the pending request of a visit ahead is withdrawn");
        await forms.BookAsync(lucia, FormsScenario.VisitStart(daysAhead: 8), forms.Clinic.ServiceA);
        (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.ShouldBeEmpty();
        (await (await admin.GetAsync($"/api/admin/forms?status=Archived")).ShouldBeJsonAsync<List<FormSummary>>()).Single().Id.ShouldBe(forms.Questionnaire.Id);
        (await admin.PostAsync($"/api/admin/forms/{forms.Questionnaire.Id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await (await admin.PostAsync($"/api/admin/forms/{forms.Questionnaire.Id}/restore", null)).ShouldBeJsonAsync<FormDetails>();
        (await FormsScenario.MyFormsAsync(lucia)).ActionRequired.Count.ShouldBe(2, "both visits ahead are asked again");
    }

    [Fact]
    public async Task Given_a_service_When_staff_set_its_forms_from_the_service_side_Then_both_views_agree_and_unknown_ids_are_refused()
    {
        var c = forms.Clinic.ServiceC;

        var set = await (await admin.PutAsJsonAsync($"/api/admin/forms/services/{c}", new SetServiceForms([forms.Consent.Id, forms.Questionnaire.Id])))
            .ShouldBeJsonAsync<List<FormSummary>>();
        var listed = await (await admin.GetAsync($"/api/admin/forms/services/{c}")).ShouldBeJsonAsync<List<FormSummary>>();
        var consent = await (await admin.GetAsync($"/api/admin/forms/{forms.Consent.Id}")).ShouldBeJsonAsync<FormDetails>();
        var laser = await (await admin.GetAsync($"/api/admin/forms/{forms.LaserAftercare.Id}")).ShouldBeJsonAsync<FormDetails>();

        set.Select(f => f.Id).ShouldBe([forms.Questionnaire.Id, forms.Consent.Id]);
        listed.Select(f => f.Id).ShouldBe(set.Select(f => f.Id));
        consent.ServiceIds.ShouldBe(new[] { forms.Clinic.ServiceB, c }.Order(), ignoreOrder: true);
        laser.ServiceIds.ShouldBeEmpty("forms not listed for the service are unassigned from it");
        (await (await admin.PutAsJsonAsync($"/api/admin/forms/services/{c}", new SetServiceForms([Guid.NewGuid()]))).ShouldBeValidationProblemAsync()).Errors.ShouldContainKey("formIds");
        (await (await admin.PutAsJsonAsync($"/api/admin/forms/{forms.Consent.Id}/services", new SetFormServices([Guid.NewGuid()]))).ShouldBeValidationProblemAsync())
            .Errors.ShouldContainKey("serviceIds");
        (await admin.GetAsync($"/api/admin/forms/services/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CreateClientAs(ClinicRoles.Provider).PutAsJsonAsync($"/api/admin/forms/services/{c}", new SetServiceForms([]))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClientAs(ClinicRoles.FrontDesk).GetAsync($"/api/admin/forms/services/{c}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_published_questionnaire_and_a_submission_When_exported_as_fhir_Then_the_firely_sdk_reads_back_its_items_and_answers()
    {
        var lucia = await forms.PatientAsync("lucia@example.com");
        var patientId = await FormsScenario.PatientIdOfAsync(lucia);
        await forms.BookAsync(lucia, FormsScenario.VisitStart(), forms.Clinic.ServiceA);
        var request = FormsScenario.RequestFor(await FormsScenario.MyFormsAsync(lucia), forms.Questionnaire.Id);
        var submitted = await (await lucia.PostAsJsonAsync($"/api/portal/forms/requests/{request.Id}/answers",
            new Clinic.Forms.Features.Portal.SubmitMyAnswers.SubmitMyAnswers(request.VersionId, "es", FormsScenario.CompleteQuestionnaire()))).ShouldBeJsonAsync<FormRequestSummary>();

        var questionnaireResponse = await admin.GetAsync($"/api/admin/forms/{forms.Questionnaire.Id}/versions/{request.VersionId}/fhir?language=en");
        var responseResponse = await admin.GetAsync($"/api/admin/patients/{patientId}/documents/submissions/{submitted.SubmissionId}/fhir");

        questionnaireResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/fhir+json");
        var parser = new FhirJsonDeserializer();
        var questionnaire = parser.Deserialize<Questionnaire>(await questionnaireResponse.Content.ReadAsStringAsync());
        questionnaire.Id.ShouldBe(request.VersionId.ToString("D"));
        questionnaire.Url.ShouldBe($"http://localhost:5080/fhir/Questionnaire/{forms.Questionnaire.Id:D}");
        questionnaire.Version.ShouldBe("1");
        questionnaire.Title.ShouldBe("Health questionnaire");
        questionnaire.TitleElement!.Extension.Single().Extension.Single(e => e.Url == "content").Value!.ToString().ShouldBe("Cuestionario de salud");
        questionnaire.Item.Select(i => (i.LinkId, i.Type)).ShouldBe(
        [
            ("general", Questionnaire.QuestionnaireItemType.Display),
            ("allergies", Questionnaire.QuestionnaireItemType.Boolean),
            ("skin-type", Questionnaire.QuestionnaireItemType.Choice),
            ("conditions", Questionnaire.QuestionnaireItemType.Choice),
            ("last-treatment", Questionnaire.QuestionnaireItemType.Date),
            ("weight", Questionnaire.QuestionnaireItemType.Decimal),
            ("notes", Questionnaire.QuestionnaireItemType.Text),
        ]);
        var allergies = questionnaire.Item.Single(i => i.LinkId == "allergies");
        allergies.Required.ShouldBe(true);
        var followUp = allergies.Item.ShouldHaveSingleItem();
        followUp.EnableWhen.Single().Question.ShouldBe("allergies");
        ((FhirBoolean)followUp.EnableWhen.Single().Answer!).Value.ShouldBe(true);
        questionnaire.Item.Single(i => i.LinkId == "conditions").Repeats.ShouldBe(true);
        questionnaire.Item.Single(i => i.LinkId == "skin-type").AnswerOption.Select(o => ((Coding)o.Value!).Code).ShouldBe(["ii", "iii"]);

        var response = parser.Deserialize<QuestionnaireResponse>(await responseResponse.Content.ReadAsStringAsync());
        response.Questionnaire.ShouldBe($"{questionnaire.Url}|1");
        response.Status.ShouldBe(QuestionnaireResponse.QuestionnaireResponseStatus.Completed);
        response.Subject!.Reference.ShouldBe($"Patient/{patientId:D}");
        var answers = response.Item.ToDictionary(i => i.LinkId!);
        ((FhirBoolean)answers["allergies"].Answer.Single().Value!).Value.ShouldBe(true);
        ((FhirString)answers["allergies"].Answer.Single().Item.Single().Answer.Single().Value!).Value.ShouldBe("Penicilina: urticaria");
        ((Coding)answers["skin-type"].Answer.Single().Value!).Code.ShouldBe("iii");
        answers["conditions"].Answer.Select(a => ((Coding)a.Value!).Code).ShouldBe(["diabetes", "cold-sores"]);
        ((Date)answers["last-treatment"].Answer.Single().Value!).Value.ShouldBe("2026-06-01");
        ((FhirDecimal)answers["weight"].Answer.Single().Value!).Value.ShouldBe(62.5m);
        ((FhirString)answers["notes"].Answer.Single().Value!).Value.ShouldBe("Piel sensible en las mejillas.");
        answers.Keys.ShouldBeSubsetOf(questionnaire.Item.Select(i => i.LinkId!), "every answer points at an item of the questionnaire");
    }
}
